/* cmd_export.c — `groeipad export`. */
#include "cmd.h"

int cmd_export(const struct cli *c)
{
	(void)c;
	return 2;
}
