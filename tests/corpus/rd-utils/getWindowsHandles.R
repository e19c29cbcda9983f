# rheap corpus: rd-utils/getWindowsHandles.R
# source: the examples of help page getWindowsHandles.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: getWindowsHandles
### Title: Get handles of Windows in the MS Windows RGui
### Aliases: getWindowsHandles
### Keywords: utilities

### ** Examples
## No test: 
if(.Platform$OS.type == "windows") withAutoprint({
  getWindowsHandles()
  getWindowsHandles("all")
})
## End(No test)


