/* ui.h — the terminal interface, seen from the command line.  The only UI
 * header the core's main may include: it does not pull in curses. */
#ifndef GP_UI_H
#define GP_UI_H

/* Runs the interactive program on the database at db_path until the user
 * quits.  hub (from --hub, or NULL: then the config file's `hub`) is the
 * CONNINFO Beheer exchanges with.  Returns the process exit code. */
int ui_run(const char *db_path, const char *hub);

#endif
