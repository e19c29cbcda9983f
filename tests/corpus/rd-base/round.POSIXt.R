# rheap corpus: rd-base/round.POSIXt.R
# source: the examples of help page round.POSIXt.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (timing: 3; uses pruned variable: 3)

### Name: round.POSIXt
### Title: Round / Truncate Date-Time Objects
### Aliases: round.POSIXt trunc.POSIXt round.Date trunc.Date
### Keywords: chron

### ** Examples

round(.leap.seconds + 1000, "hour")
## IGNORE_RDIFF_BEGIN
         #- pruned (timing): trunc(Sys.time(), "day")
#- pruned (timing): (timM <- trunc(Sys.time() -> St, "months")) # shows timezone
#- pruned (timing): (datM <- trunc(Sys.Date() -> Sd, "months"))
#- pruned (uses pruned St): (timY <- trunc(St, "years")) # + timezone
#- pruned (uses pruned Sd): (datY <- trunc(Sd, "years"))
## IGNORE_RDIFF_END
#- pruned (uses pruned datM): stopifnot(inherits(datM, "Date"), inherits(timM, "POSIXt"),
#-           substring(format(datM), 9,10) == "01", # first of month
#-           substring(format(datY), 6,10) == "01-01", # Jan 1
#-           identical(format(datM), format(timM)),
#-           identical(format(datY), format(timY)))



