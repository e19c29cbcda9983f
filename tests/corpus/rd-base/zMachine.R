# rheap corpus: rd-base/zMachine.R
# source: the examples of help page zMachine.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: .Machine
### Title: Numerical Characteristics of the Machine
### Aliases: .Machine
### Keywords: sysdata programming math

### ** Examples

.Machine
## or for a neat printout
noquote(unlist(format(.Machine)))



