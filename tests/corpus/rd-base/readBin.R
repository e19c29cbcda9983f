# rheap corpus: rd-base/readBin.R
# source: the examples of help page readBin.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 40 expression(s) (files: 2; uses pruned variable: 38)

### Name: readBin
### Title: Transfer Binary Data To and From Connections
### Aliases: readBin writeBin
### Keywords: file connection

### ** Examples

#- pruned (files): zzfil <- tempfile("testbin")
#- pruned (uses pruned zzfil): zz <- file(zzfil, "wb")
#- pruned (uses pruned zz): writeBin(1:10, zz)
#- pruned (uses pruned zz): writeBin(pi, zz, endian = "swap")
#- pruned (uses pruned zz): writeBin(pi, zz, size = 4)
#- pruned (uses pruned zz): writeBin(pi^2, zz, size = 4, endian = "swap")
#- pruned (uses pruned zz): writeBin(pi+3i, zz)
#- pruned (uses pruned zz): writeBin("A test of a connection", zz)
z <- paste("A very long string", 1:100, collapse = " + ")
#- pruned (uses pruned zz): writeBin(z, zz)
#- pruned (uses pruned zz): if(.Machine$sizeof.long == 8 || .Machine$sizeof.longlong == 8)
#-     writeBin(as.integer(5^(1:10)), zz, size = 8)
#- pruned (uses pruned zz): if((s <- .Machine$sizeof.longdouble) > 8)
#-     writeBin((pi/3)^(1:10), zz, size = s)
#- pruned (uses pruned zz): close(zz)

#- pruned (uses pruned zzfil): zz <- file(zzfil, "rb")
#- pruned (uses pruned zz): readBin(zz, integer(), 4)
#- pruned (uses pruned zz): readBin(zz, integer(), 6)
#- pruned (uses pruned zz): readBin(zz, numeric(), 1, endian = "swap")
#- pruned (uses pruned zz): readBin(zz, numeric(), size = 4)
#- pruned (uses pruned zz): readBin(zz, numeric(), size = 4, endian = "swap")
#- pruned (uses pruned zz): readBin(zz, complex(), 1)
#- pruned (uses pruned zz): readBin(zz, character(), 1)
#- pruned (uses pruned zz): z2 <- readBin(zz, character(), 1)
#- pruned (uses pruned zz): if(.Machine$sizeof.long == 8 || .Machine$sizeof.longlong == 8)
#-     readBin(zz, integer(), 10,  size = 8)
#- pruned (uses pruned s): if((s <- .Machine$sizeof.longdouble) > 8)
#-     readBin(zz, numeric(), 10, size = s)
#- pruned (uses pruned zz): close(zz)
#- pruned (uses pruned zzfil): unlink(zzfil)
#- pruned (uses pruned z2): stopifnot(z2 == z)

## signed vs unsigned ints
#- pruned (files): zzfil <- tempfile("testbin")
#- pruned (uses pruned zzfil): zz <- file(zzfil, "wb")
x <- as.integer(seq(0, 255, 32))
#- pruned (uses pruned zz): writeBin(x, zz, size = 1)
#- pruned (uses pruned zz): writeBin(x, zz, size = 1)
x <- as.integer(seq(0, 60000, 10000))
#- pruned (uses pruned zz): writeBin(x, zz, size = 2)
#- pruned (uses pruned zz): writeBin(x, zz, size = 2)
#- pruned (uses pruned zz): close(zz)
#- pruned (uses pruned zzfil): zz <- file(zzfil, "rb")
#- pruned (uses pruned zz): readBin(zz, integer(), 8, size = 1)
#- pruned (uses pruned zz): readBin(zz, integer(), 8, size = 1, signed = FALSE)
#- pruned (uses pruned zz): readBin(zz, integer(), 7, size = 2)
#- pruned (uses pruned zz): readBin(zz, integer(), 7, size = 2, signed = FALSE)
#- pruned (uses pruned zz): close(zz)
#- pruned (uses pruned zzfil): unlink(zzfil)

## use of raw
z <- writeBin(pi^{1:5}, raw(), size = 4)
readBin(z, numeric(), 5, size = 4)
z <- writeBin(c("a", "test", "of", "character"), raw())
readBin(z, character(), 4)



