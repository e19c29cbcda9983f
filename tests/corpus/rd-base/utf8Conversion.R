# rheap corpus: rd-base/utf8Conversion.R
# source: the examples of help page utf8Conversion.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (files: 1; uses pruned variable: 6)

### Name: utf8Conversion
### Title: Convert Integer Vectors to or from UTF-8-encoded Character
###   Vectors
### Aliases: utf8ToInt intToUtf8 Unicode 'code point'
### Keywords: character utilities

### ** Examples
## No test: 
## will only display in some locales and fonts
intToUtf8(0x03B2L) # Greek beta
## End(No test)
utf8ToInt("bi\u00dfchen")
utf8ToInt("\xfa\xb4\xbf\xbf\x9f")

## A valid UTF-16 surrogate pair (for U+10437)
x <- c(0xD801, 0xDC37)
intToUtf8(x)
intToUtf8(x, TRUE)
(xx <- intToUtf8(x, , TRUE)) # will only display in some locales and fonts
charToRaw(xx)

## No test: 
## An example of how surrogate pairs might occur
x <- "\U10437"
charToRaw(x)
#- pruned (files): foo <- tempfile()
#- pruned (uses pruned foo): writeLines(x, file(foo, encoding = "UTF-16LE"))
## next two are OS-specific, but are mandated by POSIX
#- pruned (uses pruned foo): system(paste("od -x", foo)) # 2-byte units, correct on little-endian platforms
#- pruned (uses pruned foo): system(paste("od -t x1", foo)) # single bytes as hex
#- pruned (uses pruned foo): y <- readBin(foo, "integer", 2, 2, FALSE, endian = "little")
#- pruned (uses pruned y): sprintf("%X", y)
#- pruned (uses pruned y): intToUtf8(y, , TRUE)
## End(No test)



