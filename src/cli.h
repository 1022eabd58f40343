/* cli.h — the command line of docs/product.md §9. */
#ifndef GP_CLI_H
#define GP_CLI_H

/* Parses argv and runs a batch command, or, when no command is given, calls
 * interactive() with the database path and --hub (NULL when not given) (the
 * terminal interface; passed in
 * by main so the core never depends on the screens).  Returns the process
 * exit code: 0 ok, 1 user error, 2 usage, 3 data problem. */
int cli_main(int argc, char **argv, int (*interactive)(const char *db_path, const char *hub));

#endif
