#ifndef NEWSKIT_CARCHIVE_SHIM_H
#define NEWSKIT_CARCHIVE_SHIM_H
// libarchive's public headers, imported as-is. Only what Swift cannot import directly
// (variadic functions, function-like macros) may be added here, each with a comment.
#include <archive.h>
#include <archive_entry.h>
#endif
