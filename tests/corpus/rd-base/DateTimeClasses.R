# rheap corpus: rd-base/DateTimeClasses.R
# source: the examples of help page DateTimeClasses.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (timing: 3)

### Name: DateTimeClasses
### Title: Date-Time Classes
### Aliases: DateTimeClasses POSIXct POSIXlt POSIXt print.POSIXct
###   print.POSIXlt summary.POSIXct summary.POSIXlt +.POSIXt -.POSIXt
###   Ops.POSIXt Math.POSIXt Summary.POSIXct Math.POSIXlt Summary.POSIXlt
###   [.POSIXct [<-.POSIXct [[.POSIXct [.POSIXlt [<-.POSIXlt [[.POSIXlt
###   [[<-.POSIXlt as.data.frame.POSIXct as.data.frame.POSIXlt
###   as.list.POSIXct as.list.POSIXlt .leap.seconds anyNA.POSIXlt
###   is.na.POSIXlt c.POSIXct c.POSIXlt as.matrix.POSIXlt length.POSIXlt
###   length<-.POSIXct length<-.POSIXlt mean.POSIXct mean.POSIXlt
###   str.POSIXt check_tzones duplicated.POSIXlt unique.POSIXlt
###   split.POSIXct names.POSIXlt names<-.POSIXlt date-time
### Keywords: utilities chron

### ** Examples

## IGNORE_RDIFF_BEGIN
#- pruned (timing): (z <- Sys.time())             # the current date, as class "POSIXct"

#- pruned (timing): Sys.time() - 3600             # an hour ago

#- pruned (timing): as.POSIXlt(Sys.time(), "GMT") # the current time in GMT
format(.leap.seconds)         # the leap seconds in your time zone
print(.leap.seconds, tz = "PST8PDT")  # and in Seattle's
## IGNORE_RDIFF_END

## look at *internal* representation of "POSIXlt" :
leapS <- as.POSIXlt(.leap.seconds)
names(leapS) ; is.list(leapS)
## str() "too smart" -->  need unclass(.):
utils::str(unclass(leapS), vec.len = 7)
## Extracting *single* components of POSIXlt objects:
leapS[1 : 5, "year"]

##  length(.) <- n   now works for "POSIXct" and "POSIXlt" :
for(lpS in list(.leap.seconds, leapS)) {
    ls <- lpS; length(ls) <- 12
    l2 <- lpS; length(l2) <- 5 + length(lpS)
    stopifnot(exprs = {
      ## length(.) <- * is compatible to subsetting/indexing:
      identical(ls, lpS[seq_along(ls)])
      identical(l2, lpS[seq_along(l2)])
      ## has filled with NA's
      is.na(l2[(length(lpS)+1):length(l2)])
    })
}



