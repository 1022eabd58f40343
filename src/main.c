/* main.c — groeipad's entry point: batch commands are parsed before any
 * curses is touched (as calcurse does), so everything but the screens can be
 * used and tested from the shell.  See cli.c. */
#include <locale.h>

#include "cli.h"
#include "ui.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	return cli_main(argc, argv, ui_run);
}
