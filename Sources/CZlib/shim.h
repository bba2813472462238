#ifndef NEWSKIT_CZLIB_SHIM_H
#define NEWSKIT_CZLIB_SHIM_H
#include <zlib.h>

// deflateInit2 is a function-like macro (it passes ZLIB_VERSION and sizeof(z_stream)),
// which Swift cannot import; this wrapper makes it callable.
static inline int newskit_deflateInit2(z_streamp stream, int level, int windowBits, int memLevel) {
    return deflateInit2(stream, level, Z_DEFLATED, windowBits, memLevel, Z_DEFAULT_STRATEGY);
}

// inflateInit2 is a function-like macro for the same reason.
static inline int newskit_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
