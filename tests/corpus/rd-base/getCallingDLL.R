# rheap corpus: rd-base/getCallingDLL.R
# source: the examples of help page getCallingDLL.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: getCallingDLL
### Title: Compute DLL for Native Interface Call
### Aliases: getCallingDLL getCallingDLLe
### Keywords: internal

### ** Examples

if(exists("ansari.test"))
   getCallingDLL(ansari.test)



