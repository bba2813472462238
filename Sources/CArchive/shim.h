#ifndef NEWSKIT_CARCHIVE_SHIM_H
#define NEWSKIT_CARCHIVE_SHIM_H
// libarchive's public headers, imported as-is. Only what Swift cannot import directly
// (variadic functions, function-like macros) may be added here, each with a comment.
#include <archive.h>
#include <archive_entry.h>

// The AE_IF* file-type macros are casts (`((__LA_MODE_T)0100000)`), which Swift does not
// import; these constants carry the same values so Swift can set and compare entry types.
static const unsigned int newskit_AE_IFMT = AE_IFMT;
static const unsigned int newskit_AE_IFREG = AE_IFREG;
static const unsigned int newskit_AE_IFDIR = AE_IFDIR;
static const unsigned int newskit_AE_IFLNK = AE_IFLNK;

// LC_CTYPE_MASK is `(1 << __LC_CTYPE)`, a macro Swift does not import; the scoped UTF-8
// locale (newlocale/uselocale) around libarchive calls needs it.
#include <locale.h>
static const int newskit_LC_CTYPE_MASK = LC_CTYPE_MASK;
#endif
