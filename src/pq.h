/* pq.h — libpq, loaded when the hub is first needed.
 *
 * libpq brings GnuTLS, Kerberos and LDAP with it; linked into the program,
 * their loading and constructors cost about 11 ms at every start (an empty
 * program: 3 ms without libpq, 14 ms with it), for the few commands that
 * talk to the hub.  So the program is not linked with libpq: pq_load()
 * opens it (libpq.so.5, Debian's libpq5) and resolves the functions the hub
 * modules use; the PQ names below call them.  Every way to the hub passes
 * hub_conninfo_check(), which loads it.  To use another libpq function, add
 * it to PQ_FUNCTIONS and to the names below. */
#ifndef GP_PQ_H
#define GP_PQ_H

#include <libpq-fe.h>

#include "err.h"

#define PQ_SONAME "libpq.so.5"

#define PQ_FUNCTIONS(X)                                                                        \
	X(PQclear) X(PQconnectdbParams) X(PQconnectionNeedsPassword)                           \
	X(PQconnectionUsedPassword) X(PQconninfo) X(PQconninfoFree) X(PQconninfoParse)         \
	X(PQerrorMessage) X(PQexec) X(PQexecParams) X(PQfinish) X(PQfreemem) X(PQgetResult)    \
	X(PQgetisnull) X(PQgetvalue) X(PQhost) X(PQntuples) X(PQresultErrorMessage)            \
	X(PQresultStatus) X(PQsendQuery) X(PQsetSingleRowMode) X(PQsslInUse) X(PQstatus)       \
	X(PQtransactionStatus)

struct pq_api {
#define PQ_MEMBER(f) __typeof__(f) *(f);
	PQ_FUNCTIONS(PQ_MEMBER)
#undef PQ_MEMBER
};

/* The functions, once pq_load() succeeded. */
extern struct pq_api gp_pq;

/* Loads libpq (PQ_SONAME) once; an error in words (the package to install)
 * when it cannot be found or lacks a function. */
enum gp_status pq_load(struct gp_err *e);

/* The same with another library name (the tests use one that is missing). */
enum gp_status pq_load_from(const char *soname, struct gp_err *e);

#ifndef PQ_NO_REDIRECT
#define PQclear gp_pq.PQclear
#define PQconnectdbParams gp_pq.PQconnectdbParams
#define PQconnectionNeedsPassword gp_pq.PQconnectionNeedsPassword
#define PQconnectionUsedPassword gp_pq.PQconnectionUsedPassword
#define PQconninfo gp_pq.PQconninfo
#define PQconninfoFree gp_pq.PQconninfoFree
#define PQconninfoParse gp_pq.PQconninfoParse
#define PQerrorMessage gp_pq.PQerrorMessage
#define PQexec gp_pq.PQexec
#define PQexecParams gp_pq.PQexecParams
#define PQfinish gp_pq.PQfinish
#define PQfreemem gp_pq.PQfreemem
#define PQgetResult gp_pq.PQgetResult
#define PQgetisnull gp_pq.PQgetisnull
#define PQgetvalue gp_pq.PQgetvalue
#define PQhost gp_pq.PQhost
#define PQntuples gp_pq.PQntuples
#define PQresultErrorMessage gp_pq.PQresultErrorMessage
#define PQresultStatus gp_pq.PQresultStatus
#define PQsendQuery gp_pq.PQsendQuery
#define PQsetSingleRowMode gp_pq.PQsetSingleRowMode
#define PQsslInUse gp_pq.PQsslInUse
#define PQstatus gp_pq.PQstatus
#define PQtransactionStatus gp_pq.PQtransactionStatus
#endif

#endif
