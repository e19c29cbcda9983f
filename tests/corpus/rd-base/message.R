# rheap corpus: rd-base/message.R
# source: the examples of help page message.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (system: 1; uses pruned variable: 3)

### Name: message
### Title: Diagnostic Messages
### Aliases: message suppressMessages packageStartupMessage
###   .packageStartupMessage suppressPackageStartupMessages .makeMessage
### Keywords: programming

### ** Examples

message("ABC", "DEF")
suppressMessages(message("ABC"))

#- pruned (system): testit <- function() {
#-   message("testing package startup messages")
#-   packageStartupMessage("initializing ...", appendLF = FALSE)
#-   Sys.sleep(1)
#-   packageStartupMessage(" done")
#- }

#- pruned (uses pruned testit): testit()
#- pruned (uses pruned testit): suppressPackageStartupMessages(testit())
#- pruned (uses pruned testit): suppressMessages(testit())



