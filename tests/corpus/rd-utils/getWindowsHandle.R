# rheap corpus: rd-utils/getWindowsHandle.R
# source: the examples of help page getWindowsHandle.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: getWindowsHandle
### Title: Get a Windows Handle
### Aliases: getWindowsHandle
### Keywords: utilities

### ** Examples

if(.Platform$OS.type == "windows")
  print( getWindowsHandle() )



