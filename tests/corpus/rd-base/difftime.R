# rheap corpus: rd-base/difftime.R
# source: the examples of help page difftime.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (timing: 1; uses pruned variable: 5)

### Name: difftime
### Title: Time Intervals / Differences
### Aliases: difftime as.difftime *.difftime /.difftime Math.difftime
###   Ops.difftime Summary.difftime [.difftime [<-.difftime
###   as.double.difftime as.list.difftime c.difftime diff.difftime
###   format.difftime is.numeric.difftime length<-.difftime mean.difftime
###   print.difftime rep.difftime units.difftime units<-.difftime units
###   units<- 'time interval'
### Keywords: utilities chron

### ** Examples
## No test: 
#- pruned (timing): (z <- Sys.time() - 3600)
#- pruned (uses pruned z): Sys.time() - z                # just over 3600 seconds.

## time interval between release days of R 1.2.2 and 1.2.3.
ISOdate(2001, 4, 26) - ISOdate(2001, 2, 26)

as.difftime(c("0:3:20", "11:23:15"))
as.difftime(c("3:20", "23:15", "2:"), format = "%H:%M") # 3rd gives NA
#- pruned (uses pruned z): (z <- as.difftime(c(0,30,60), units = "mins"))
#- pruned (uses pruned z): as.numeric(z, units = "secs")
#- pruned (uses pruned z): as.numeric(z, units = "hours")
#- pruned (uses pruned z): format(z)
## End(No test)


