/* embedded.h — stdlib modules written in mps, compiled into the binary
 * (the table is generated at build time by runtime/embed.sh). */
#ifndef MPS_EMBEDDED_H
#define MPS_EMBEDDED_H
#include <stddef.h>

typedef struct MpsEmbedded {
    const char *name;          /* module name, e.g. "threading" */
    const char *source;        /* mps source text */
    size_t size;
} MpsEmbedded;

extern const MpsEmbedded mps_embedded[];   /* ends with a NULL name */

/* the __file__ and code filename of embedded module NAME (tracebacks hide
 * frames of such files) */
#define MPS_EMBEDDED_FILE_FMT "<mps stdlib %s>"

/* The same modules precompiled: serialized module code objects, written at
 * build time by `mps --freeze` (runtime/freeze.c). Empty in the stage-0
 * binary that does the writing. */
typedef struct MpsFrozen {
    const char *name;
    const unsigned char *data;
    size_t size;
} MpsFrozen;

extern const MpsFrozen mps_frozen[];       /* ends with a NULL name */

#endif
