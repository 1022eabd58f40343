/* cli.h — the command line of PRODUCT §9. */
#ifndef GP_CLI_H
#define GP_CLI_H

/* Parses argv, runs a batch command or starts the terminal interface, and
 * returns the process exit code: 0 ok, 1 user error, 2 usage, 3 data problem. */
int cli_main(int argc, char **argv);

#endif
