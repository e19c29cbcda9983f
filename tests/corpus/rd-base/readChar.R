# rheap corpus: rd-base/readChar.R
# source: the examples of help page readChar.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (files: 1; uses pruned variable: 9)

### Name: readChar
### Title: Transfer Character Strings To and From Connections
### Aliases: readChar writeChar
### Keywords: file connection

### ** Examples

## test fixed-length strings
#- pruned (files): zzfil <- tempfile("testchar")
#- pruned (uses pruned zzfil): zz <- file(zzfil, "wb")
x <- c("a", "this will be truncated", "abc")
nc <- c(3, 10, 3)
#- pruned (uses pruned zz): writeChar(x, zz, nc, eos = NULL)
#- pruned (uses pruned zz): writeChar(x, zz, eos = "\r\n")
#- pruned (uses pruned zz): close(zz)

#- pruned (uses pruned zzfil): zz <- file(zzfil, "rb")
#- pruned (uses pruned zz): readChar(zz, nc)
#- pruned (uses pruned zz): readChar(zz, nchar(x)+3) # need to read the terminator explicitly
#- pruned (uses pruned zz): close(zz)
#- pruned (uses pruned zzfil): unlink(zzfil)



