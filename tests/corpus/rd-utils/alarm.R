# rheap corpus: rd-utils/alarm.R
# source: the examples of help page alarm.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: alarm
### Title: Alert the User
### Aliases: alarm
### Keywords: utilities

### ** Examples

alarm()



