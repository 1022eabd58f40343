/* pq.c — see pq.h. */
#include <dlfcn.h>
#include <string.h>

#define PQ_NO_REDIRECT
#include "i18n.h"
#include "pq.h"

struct pq_api gp_pq;
static void *loaded; /* the library's handle once every function is found */

enum gp_status pq_load_from(const char *soname, struct gp_err *e)
{
	if (loaded)
		return GP_OK;
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *why = dlerror();
		return gp_fail(e, GP_EIO,
			       _("Voor de hub is de PostgreSQL-bibliotheek %s nodig, maar die is "
				 "niet te laden (%s). Installeer het Debian-pakket libpq5 en probeer "
				 "het opnieuw; zonder hub werkt groeipad gewoon."),
			       soname, why ? why : "?");
	}
	struct pq_api api = {0};
	const char *missing = NULL;
#define PQ_RESOLVE(f)                                                                          \
	if (!missing) {                                                                        \
		void *sym = dlsym(h, #f);                                                      \
		if (sym)                                                                       \
			memcpy(&api.f, &sym, sizeof api.f);                                    \
		else                                                                           \
			missing = #f;                                                          \
	}
	PQ_FUNCTIONS(PQ_RESOLVE)
#undef PQ_RESOLVE
	if (missing) {
		dlclose(h);
		return gp_fail(e, GP_EIO,
			       _("De PostgreSQL-bibliotheek %s mist de functie %s: ze is te oud. "
				 "Installeer het Debian-pakket libpq5 van deze Debian-versie."),
			       soname, missing);
	}
	gp_pq = api;
	loaded = h;
	return GP_OK;
}

enum gp_status pq_load(struct gp_err *e)
{
	return pq_load_from(PQ_SONAME, e);
}
