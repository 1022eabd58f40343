/* placeholder until the real command line lands in this commit series */
#include <stdio.h>
#include "cli.h"
int cli_main(int argc, char **argv)
{
	(void)argc; (void)argv;
	fputs("groeipad\n", stdout);
	return 0;
}
