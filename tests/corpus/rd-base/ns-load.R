# rheap corpus: rd-base/ns-load.R
# source: the examples of help page ns-load.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (package splines: 1)

### Name: ns-load
### Title: Loading and Unloading Name Spaces
### Aliases: attachNamespace loadNamespace requireNamespace
###   loadedNamespaces unloadNamespace isNamespaceLoaded
### Keywords: data utilities

### ** Examples

 (lns <- loadedNamespaces())
 statL <- isNamespaceLoaded("stats")
 stopifnot( identical(statL, "stats" %in% lns) )

 ## The string "foo" and the symbol 'foo' can be used interchangably here:
 stopifnot( identical(isNamespaceLoaded(  "foo"   ), FALSE),
            identical(isNamespaceLoaded(quote(foo)), FALSE),
            identical(isNamespaceLoaded(quote(stats)), statL))

hasS <- isNamespaceLoaded("splines") # (to restore if needed)
Sns <- asNamespace("splines") # loads it if not already
stopifnot(   isNamespaceLoaded("splines"))
if (is.null(try(unloadNamespace(Sns)))) # try unloading the NS 'object'
stopifnot( ! isNamespaceLoaded("splines"))
#- pruned (package splines): if (hasS) loadNamespace("splines") # (restoring previous state)



