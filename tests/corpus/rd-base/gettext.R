# rheap corpus: rd-base/gettext.R
# source: the examples of help page gettext.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 9 expression(s) (files: 1; system: 5; uses pruned variable: 3)

### Name: gettext
### Title: Translate Text Messages
### Aliases: gettext ngettext bindtextdomain Sys.setLanguage
### Keywords: utilities character

### ** Examples

bindtextdomain("R")  # non-null if and only if NLS is enabled

for(n in 0:3)
    print(sprintf(ngettext(n, "%d variable has missing values",
                              "%d variables have missing values"),
                  n))

## Not run: 
##D ## for translation, those strings should appear in R-pkg.pot as
##D msgid        "%d variable has missing values"
##D msgid_plural "%d variables have missing values"
##D msgstr[0] ""
##D msgstr[1] ""
## End(Not run)

miss <- "One only" # this line, or the next for the ngettext() below
miss <- c("one", "or", "another")
cat(ngettext(length(miss), "variable", "variables"),
    paste(sQuote(miss), collapse = ", "),
    ngettext(length(miss), "contains", "contain"), "missing values\n")

## better for translators would be to use
cat(sprintf(ngettext(length(miss),
                     "variable %s contains missing values\n",
                     "variables %s contain missing values\n"),
            paste(sQuote(miss), collapse = ", ")))

#- pruned (system): thisLang <- Sys.getenv("LANGUAGE", unset = NA) # so we can reset it
#- pruned (uses pruned thisLang): if(is.na(thisLang) || !nzchar(thisLang)) thisLang <- "en" # "factory" default
enT <- "empty model supplied"
#- pruned (system): Sys.setenv(LANGUAGE = "de") # may not always 'work'
gettext(enT, domain="R-stats")# "leeres Modell angegeben" (if translation works)
tget <- function() gettext(enT)
tget() # not translated as fn tget() is not from "stats" pkg/namespace
evalq(function() gettext(enT), asNamespace("stats"))() # *is* translated

## Sys.setLanguage()  -- typical usage --
#- pruned (system): Sys.setLanguage("en") -> oldSet # does set LANGUAGE env.var
errMsg <- function(expr) tryCatch(expr, error=conditionMessage)
(errMsg(1 + "2") -> err)
#- pruned (system): Sys.setLanguage("fr")
errMsg(1 + "2")
#- pruned (system): Sys.setLanguage("de")
errMsg(1 + "2")
## Usually, you would reset the language to "previous" via
#- pruned (uses pruned oldSet): Sys.setLanguage(oldSet)

## A show off of translations -- platform (font etc) dependent:
## The translation languages available for "base" R in this version of R:
## IGNORE_RDIFF_BEGIN
#- pruned (files): if(capabilities("NLS")) withAutoprint({
#-   langs <- list.files(bindtextdomain("R"),
#- 		      pattern = "^[a-z]{2}(_[A-Z]{2}|@quot)?$")
#-   langs
#-   txts <- sapply(setNames(,langs),
#- 		 function(lang) { Sys.setLanguage(lang)
#- 				 gettext("incompatible dimensions", domain="R-stats") })
#-   cbind(txts)
#-   (nTrans <- length(unique(txts)))
#-   (not_translated <- names(txts[txts == txts[["en"]]]))
#- })
## IGNORE_RDIFF_END
## Here, we reset to the *original* setting before the full example started:
#- pruned (uses pruned thisLang): if(nzchar(thisLang)) { ## reset to previous and check
#-   Sys.setLanguage(thisLang)
#-   stopifnot(identical(errMsg(1 + "2"), err))
#- } # else staying at 'de' ..



