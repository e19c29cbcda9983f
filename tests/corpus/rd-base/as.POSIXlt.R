# rheap corpus: rd-base/as.POSIXlt.R
# source: the examples of help page as.POSIXlt.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 16 expression(s) (system: 1; timing: 8; uses pruned variable: 7)

### Name: as.POSIX*
### Title: Date-time Conversion Functions
### Aliases: as.POSIXct as.POSIXct.default as.POSIXct.POSIXlt
###   as.POSIXct.date as.POSIXct.dates as.POSIXct.Date as.POSIXct.numeric
###   as.POSIXlt as.POSIXlt.Date as.POSIXlt.date as.POSIXlt.dates
###   as.POSIXlt.POSIXct as.POSIXlt.factor as.POSIXlt.character
###   as.POSIXlt.default as.POSIXlt.numeric as.double.POSIXlt
### Keywords: utilities chron

### ** Examples
## No test: 
#- pruned (timing): (z <- Sys.time())             # the current datetime, as class "POSIXct"
#- pruned (uses pruned z): unclass(z)                    # a large integer
#- pruned (uses pruned z): floor(unclass(z)/86400)       # the number of days since 1970-01-01 (UTC)
#- pruned (timing): (now <- as.POSIXlt(Sys.time())) # the current datetime, as class "POSIXlt"
#- pruned (uses pruned now): unlist(unclass(now))          # a list shown as a named vector
#- pruned (uses pruned now): now$year + 1900               # see ?DateTimeClasses
#- pruned (uses pruned now): months(now)
 #- pruned (uses pruned now): weekdays(now)    # see ?months

## suppose we have a time in seconds since 1960-01-01 00:00:00 GMT
## (the origin used by SAS)
z <- 1472562988
# ways to convert this
as.POSIXct(z, origin = "1960-01-01")                # local
as.POSIXct(z, origin = "1960-01-01", tz = "GMT")    # in UTC

## SPSS dates (R-help 2006-02-16)
z <- c(10485849600, 10477641600, 10561104000, 10562745600)
as.Date(as.POSIXct(z, origin = "1582-10-14", tz = "GMT"))

## Stata date-times: milliseconds since 1960-01-01 00:00:00 GMT
## format %tc excludes leap-seconds, assumed here
## For format %tC including leap seconds, see foreign::read.dta()
z <- 1579598122120
op <- options(digits.secs = 3)
# avoid rounding down: milliseconds are not exactly representable
as.POSIXct((z+0.1)/1000, origin = "1960-01-01")
options(op)

## Matlab 'serial day number' (days and fractional days)
z <- 7.343736909722223e5 # 2010-08-23 16:35:00
as.POSIXct((z - 719529)*86400, origin = "1970-01-01", tz = "UTC")

#- pruned (timing): as.POSIXlt(Sys.time(), "GMT") # the current time in UTC
## End(No test)
## No test: 
## These may not be correct names on your system
#- pruned (timing): as.POSIXlt(Sys.time(), "America/New_York")  # in New York
#- pruned (timing): as.POSIXlt(Sys.time(), "EST5EDT")           # alternative.
#- pruned (timing): as.POSIXlt(Sys.time(), "EST" )   # somewhere in Eastern Canada
#- pruned (timing): as.POSIXlt(Sys.time(), "HST")    # in Hawaii
#- pruned (timing): as.POSIXlt(Sys.time(), "Australia/Darwin")
## End(No test)

#- pruned (system): tab <- file.path(R.home("share"), "zoneinfo", "zone1970.tab")
#- pruned (uses pruned tab): if(file.exists(tab)) {
#-   cols <- c("code", "coordinates", "TZ", "comments")
#-   tmp <- read.delim(file.path(R.home("share"), "zoneinfo", "zone1970.tab"),
#-                     header = FALSE, comment.char = "#", col.names = cols)
#-   if(interactive()) View(tmp)
#-   head(tmp, 10)
#- }


