# rheap corpus: rd-base/commandArgs.R
# source: the examples of help page commandArgs.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: commandArgs
### Title: Extract Command Line Arguments
### Aliases: commandArgs
### Keywords: environment sysdata programming

### ** Examples

commandArgs()
## Spawn a copy of this application as it was invoked,
## subject to shell quoting issues
## system(paste(commandArgs(), collapse = " "))



