#ifndef NEWSKIT_CLIBXML2_SHIM_H
#define NEWSKIT_CLIBXML2_SHIM_H
// libxml2's HTML parser and tree API, imported as-is (the include path comes from
// pkg-config libxml-2.0). Nothing is added: everything newskit calls is a plain function.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so encoding.h would include ICU's <unicode/ucnv.h>,
// whose types clash with the ICU copy inside Foundation ("UErrorCode has different
// definitions"). newskit never touches xmlCharEncodingHandler (the only struct with ICU
// fields; it is reached through pointers only), so the ICU part is left out of the import.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
