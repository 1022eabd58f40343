/* main.c — groeipad's entry point: batch commands are parsed before any
 * curses is touched (as calcurse does), so everything but the screens can be
 * used and tested from the shell.  See cli.c. */
#include <locale.h>
#include <malloc.h>

#include "cli.h"
#include "ui.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
#ifdef M_MMAP_THRESHOLD
	/* Vandaag's lists are a few MB of rows, read again each time the screen
	 * opens.  glibc would give every block over 128 kB its own mapping and
	 * unmap it when freed, so each reload touched fresh pages: 1,300 page
	 * faults for the day's 953 visits at 100,000 children, which on this
	 * virtual machine were a fifth of Vandaag of everyone (49–51 → 41 ms,
	 * docs/performance.md).  Blocks up to 16 MB come from the heap, which
	 * keeps up to 32 MB of freed memory for the next reload (peak RSS of
	 * `due`, `export`, `report`: +0.2–0.4 MB). */
	mallopt(M_MMAP_THRESHOLD, 16 << 20);
	mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
	return cli_main(argc, argv, ui_run);
}
