#ifndef NEWSKIT_CDEFLATE_SHIM_H
#define NEWSKIT_CDEFLATE_SHIM_H
// libdeflate's public header, imported as-is (whole-buffer DEFLATE: the bundle's gzip members).
#include <libdeflate.h>
#endif
