#define GP_DATADIR "/usr/local/share/groeipad"
#define GP_LOCALEDIR "/usr/local/share/locale"
#define GP_VERSION "0.1.0"
