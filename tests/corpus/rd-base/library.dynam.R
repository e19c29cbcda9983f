# rheap corpus: rd-base/library.dynam.R
# source: the examples of help page library.dynam.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 8 expression(s) (files: 4; package nlme: 3; uses pruned variable: 1)

### Name: library.dynam
### Title: Loading DLLs from Packages
### Aliases: library.dynam library.dynam.unload .dynLibs
### Keywords: data

### ** Examples

## Which DLLs were dynamically loaded by packages?
#- pruned (files): library.dynam()

## More on library.dynam.unload() :
## No test: 
#- pruned (package nlme): require(nlme)
#- pruned (package nlme): nlme:::.onUnload # shows library.dynam.unload() call
#- pruned (package nlme): detach("package:nlme")  # by default, unload=FALSE ,  so,
#- pruned (files): tail(library.dynam(), 2)# nlme still there

## How to unload the DLL ?
## Best is to unload the namespace,  unloadNamespace("nlme")
## If we need to do it separately which should be exceptional:
#- pruned (files): pd.file <- attr(packageDescription("nlme"), "file")
#- pruned (uses pruned pd.file): library.dynam.unload("nlme", libpath = sub("/Meta.*", '', pd.file))
#- pruned (files): tail(library.dynam(), 2)# 'nlme' is gone now
unloadNamespace("nlme") # now gives warning
## End(No test)



