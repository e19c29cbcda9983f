# rheap corpus: rd-base/Dates.R
# source: the examples of help page Dates.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (timing: 1; uses pruned variable: 4)

### Name: Dates
### Title: Date Class
### Aliases: Date Dates print.Date summary.Date Math.Date Summary.Date
###   [.Date [<-.Date length<-.Date [[.Date as.data.frame.Date as.list.Date
###   c.Date mean.Date split.Date
### Keywords: utilities chron

### ** Examples
## No test: 
#- pruned (timing): (today <- Sys.Date())
#- pruned (uses pruned today): format(today, "%d %b %Y")  # with month as a word
#- pruned (uses pruned today): (tenweeks <- seq(today, length.out=10, by="1 week")) # next ten weeks
#- pruned (uses pruned today): weekdays(today)
#- pruned (uses pruned tenweeks): months(tenweeks)
## End(No test)
(Dls <- as.Date(.leap.seconds))

## Show use of year zero:
(z <- as.Date("01-01-01")) # how it is printed depends on the OS
z - 365 # so year zero was a leap year.
as.Date("00-02-29")
# if you want a different format, consider something like (if supported)
## Not run: 
##D format(z, "%04Y-%m-%d") # "0001-01-01"
##D format(z, "%_4Y-%m-%d") # "   1-01-01"
##D format(z, "%_Y-%m-%d")  # "1-01-01"
## End(Not run)

##  length(<Date>) <- n   now works
ls <- Dls; length(ls) <- 12
l2 <- Dls; length(l2) <- 5 + length(Dls)
stopifnot(exprs = {
  ## length(.) <- * is compatible to subsetting/indexing:
  identical(ls, Dls[seq_along(ls)])
  identical(l2, Dls[seq_along(l2)])
  ## has filled with NA's
  is.na(l2[(length(Dls)+1):length(l2)])
})



