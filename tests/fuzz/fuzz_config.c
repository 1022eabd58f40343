/* fuzz_config.c — the settings file (src/config.h): whatever it holds, the
 * settings that come out are ones the program can use. */
#include "config.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	config_defaults(&cfg);
	config_parse(&cfg, (const char *)data, size);
	FUZZ_CHECK(cfg.lock_minutes >= 0 && cfg.lock_minutes <= 24 * 60);
	FUZZ_CHECK(cfg.lang[0] == '\0' || strcmp(cfg.lang, "nl") == 0 || strcmp(cfg.lang, "en") == 0);
	return 0;
}
