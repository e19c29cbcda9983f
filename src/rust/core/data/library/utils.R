# R 4.2.2 namespace:utils, extracted by tools/library/extract.R (GPL >= 2, R Core Team)
#@ closure exported ?
function (e1, e2) 
{
    if (missing(e2)) {
        type <- NULL
        topicExpr <- substitute(e1)
    }
    else {
        type <- substitute(e1)
        topicExpr <- substitute(e2)
    }
    search <- (is.call(topicExpr) && topicExpr[[1L]] == "?")
    if (search) {
        topicExpr <- topicExpr[[2L]]
        if (is.call(te <- topicExpr) && te[[1L]] == "?" && is.call(te <- topicExpr[[2L]]) && te[[1L]] == "?") {
            cat("Contacting Delphi...")
            flush.console()
            Sys.sleep(2 + stats::rpois(1, 2))
            cat("the oracle is unavailable.\nWe apologize for any inconvenience.\n")
            return(invisible())
        }
    }
    if (is.call(topicExpr) && (topicExpr[[1L]] == "::" || topicExpr[[1L]] == ":::")) {
        package <- as.character(topicExpr[[2L]])
        topicExpr <- topicExpr[[3L]]
    }
    else package <- NULL
    if (search) {
        if (is.null(type)) 
            return(eval(substitute(help.search(TOPIC, package = PACKAGE), list(TOPIC = as.character(topicExpr), PACKAGE = package))))
        else return(eval(substitute(help.search(TOPIC, fields = FIELD, package = PACKAGE), list(TOPIC = as.character(topicExpr), FIELD = as.character(type), PACKAGE = package))))
    }
    else {
        if (is.null(type)) {
            if (is.call(topicExpr)) 
                return(.helpForCall(topicExpr, parent.frame()))
            topic <- if (is.name(topicExpr)) 
                as.character(topicExpr)
            else e1
            return(eval(substitute(help(TOPIC, package = PACKAGE), list(TOPIC = topic, PACKAGE = package))))
        }
        else {
            type <- if (is.name(type)) 
                as.character(type)
            else e1
            topic <- if (is.name(topicExpr)) 
                as.character(topicExpr)
            else {
                if (is.call(topicExpr) && identical(type, "method")) 
                  return(.helpForCall(topicExpr, parent.frame(), FALSE))
                e2
            }
            if (type == "package") 
                package <- topic
            h <- .tryHelp(topicName(type, topic), package = package)
            if (is.null(h)) {
                if (is.language(topicExpr)) 
                  topicExpr <- deparse(topicExpr)
                stop(gettextf("no documentation of type %s and topic %s (or error in processing help)", sQuote(type), sQuote(topicExpr)), domain = NA)
            }
            h
        }
    }
}
#@ value internal .__NAMESPACE__. environment
#@ value internal .__S3MethodsTable__. environment
#@ closure internal .addFunctionInfo
function (...) 
{
    dots <- list(...)
    for (nm in names(dots)) .FunArgEnv[[nm]] <- dots[[nm]]
}
#@ closure internal .as.roman
function (x, check.range = TRUE) 
{
    if (is.integer(x)) {
    }
    else if (is.double(x) || is.logical(x)) 
        x <- as.integer(x)
    else if (is.character(x)) {
        x <- if (all(dig.x <- !nzchar(x) | is.na(x) | grepl("^[[:digit:]]+$", x))) 
            as.integer(x)
        else if (any(dig.x)) {
            r <- suppressWarnings(as.integer(x))
            r[!dig.x] <- .roman2numeric(x[!dig.x])
            r
        }
        else .roman2numeric(x)
    }
    else stop("cannot coerce 'x' to roman")
    if (check.range) 
        x[x <= 0L | x >= 3900L] <- NA
    class(x) <- "roman"
    x
}
#@ closure internal .aspell_package_defaults
function (dir, encoding = "unknown") 
{
    dfile <- file.path(dir, ".aspell", "defaults.R")
    if (!file_test("-f", dfile)) 
        return(NULL)
    exprs <- parse(dfile, encoding = encoding)
    envir <- new.env()
    for (e in exprs) eval(e, envir)
    as.list(envir)
}
#@ closure internal .assignEnd
function (end) 
assign("end", end, envir = .CompletionEnv)
#@ closure internal .assignLinebuffer
function (line) 
assign("linebuffer", line, envir = .CompletionEnv)
#@ closure internal .assignStart
function (start) 
assign("start", start, envir = .CompletionEnv)
#@ closure internal .assignToken
function (text) 
assign("token", text, envir = .CompletionEnv)
#@ closure internal .bibentry
function (x = list()) 
{
    class(x) <- "bibentry"
    x
}
#@ closure internal .bibentry_check_bibentry1
function (x, force = FALSE) 
{
    fields <- names(x)
    if (!force && !.is_not_nonempty_text(x$crossref)) 
        return(NULL)
    bibtype <- attr(x, "bibtype")
    rfields <- strsplit(tools:::BibTeX_entry_field_db[[bibtype]], "|", fixed = TRUE)
    if (length(rfields) > 0L) {
        ok <- vapply(rfields, function(f) any(f %in% fields), NA)
        if (any(!ok)) 
            stop(sprintf(ngettext(sum(!ok), "A bibentry of bibtype %s has to specify the field: %s", "A bibentry of bibtype %s has to specify the fields: %s"), sQuote(bibtype), paste(rfields[!ok], collapse = ", ")), domain = NA)
    }
}
#@ closure internal .bibentry_expand_crossrefs
function (x, more = list()) 
{
    y <- if (length(more)) 
        do.call(c, c(list(x), more))
    else x
    x <- unclass(x)
    y <- unclass(y)
    crossrefs <- lapply(x, `[[`, "crossref")
    pc <- which(vapply(crossrefs, length, 0L) > 0L)
    if (length(pc)) {
        pk <- match(unlist(crossrefs[pc]), .bibentry_get_key(y))
        ok <- !is.na(pk)
        x[pc[ok]] <- Map(function(u, v) {
            add <- setdiff(names(v), names(u))
            u[add] <- v[add]
            if (!is.na(match(tolower(attr(u, "bibtype")), c("incollection", "inproceedings"))) && is.null(u$booktitle)) 
                u$booktitle <- v$title
            u
        }, x[pc[ok]], y[pk[ok]])
        status <- lapply(x[pc], function(e) tryCatch(.bibentry_check_bibentry1(e, TRUE), error = identity))
        bad <- which(vapply(status, inherits, NA, "error"))
        if (length(bad)) {
            for (b in bad) {
                warning(gettextf("Dropping invalid entry %d:\n%s", pc[b], conditionMessage(status[[b]])))
            }
            x[pc[bad]] <- NULL
        }
    }
    .bibentry(x)
}
#@ closure internal .bibentry_get_key
function (x) 
{
    if (!length(x)) 
        return(character())
    keys <- lapply(unclass(x), attr, "key")
    keys[!vapply(keys, length, 0L)] <- ""
    unlist(keys)
}
#@ closure internal .bibentry_match_format_style
function (style) 
{
    ind <- pmatch(tolower(style), tolower(bibentry_format_styles), nomatch = 0L)
    if (all(ind == 0L)) 
        stop(gettextf("%s should be one of %s", sQuote("style"), paste(dQuote(bibentry_format_styles), collapse = ", ")), domain = NA)
    bibentry_format_styles[ind]
}
#@ closure internal .canonicalize_ORCID_identifier
function (x) 
{
    paste0("https://orcid.org/", sub(tools:::.ORCID_iD_variants_regexp, "\\3", x))
}
#@ closure internal .canonicalize_person_role
function (role) 
{
    pos <- which(is.na(match(role, MARC_relator_db$code)))
    if (length(pos)) {
        ind <- pmatch(tolower(role[pos]), tolower(MARC_relator_db$name), 0L)
        role[pos[ind > 0L]] <- MARC_relator_db$code[ind]
        if (any(ind <- (ind == 0L))) {
            warning(sprintf(ngettext(length(pos[ind]), "Invalid role specification: %s.", "Invalid role specifications: %s."), paste(sQuote(role[pos[ind]]), collapse = ", ")), domain = NA)
            role <- role[-pos[ind]]
        }
    }
    role
}
#@ closure internal .chooseMirror
function (m, label, graphics, ind) 
{
    if (is.null(ind) && !interactive()) 
        stop("cannot choose a ", label, " mirror non-interactively")
    if (length(ind)) 
        res <- as.integer(ind)[1L]
    else {
        isHTTPS <- (startsWith(m[, "URL"], "https") & grepl("secure_mirror_from_master", m[, "Comment"], fixed = TRUE))
        mHTTPS <- m[isHTTPS, ]
        mHTTP <- m[!isHTTPS, ]
        httpsLabel <- paste("Secure", label, "mirrors")
        httpLabel <- paste("Other", label, "mirrors")
        m <- mHTTPS
        res <- menu(c(m[, 1L], "(other mirrors)"), graphics, httpsLabel)
        if (res > nrow(m)) {
            m <- mHTTP
            res <- menu(m[, 1L], graphics, httpLabel)
        }
    }
    if (res > 0L) {
        URL <- m[res, "URL"]
        names(URL) <- m[res, "Name"]
        sub("/$", "", URL[1L])
    }
    else character()
}
#@ closure internal .citation
function (x, package = NULL) 
{
    class(x) <- c("citation", "bibentry")
    attr(x, "package") <- package
    x
}
#@ closure internal .clean_up_dependencies
function (x) 
unique.default(tools:::.extract_dependency_package_names(x))
#@ closure internal .clean_up_dependencies2
function (x, installed, available) 
{
    .split_dependencies <- function(x) {
        .split2 <- function(x) {
            x <- sub("[[:space:]]+$", "", x)
            x <- unique(sub("^[[:space:]]*(.*)", "\\1", x))
            names(x) <- sub("^([[:alnum:].]+).*$", "\\1", x)
            x <- x[names(x) != "R"]
            x <- x[nzchar(x)]
            x <- x[!duplicated(names(x))]
            lapply(x, tools:::.split_op_version)
        }
        if (!any(nzchar(x))) 
            return(list())
        unlist(lapply(strsplit(x, ","), .split2), FALSE, FALSE)
    }
    x <- x[!is.na(x)]
    if (!length(x)) 
        return(list(character(), character()))
    xx <- .split_dependencies(x)
    if (!length(xx)) 
        return(list(character(), character()))
    pkgs <- installed[, "Package"]
    have <- sapply(xx, function(x) {
        if (length(x) == 3L) {
            if (!x[[1L]] %in% pkgs) 
                return(FALSE)
            if (x[[2L]] != ">=") 
                return(TRUE)
            current <- as.package_version(installed[pkgs == x[[1L]], "Version"])
            target <- as.package_version(x[[3L]])
            any(do.call(x$op, list(current, target)))
        }
        else x[[1L]] %in% pkgs
    })
    xx <- xx[!have]
    if (!length(xx)) 
        return(list(character(), character()))
    pkgs <- row.names(available)
    canget <- miss <- character()
    for (i in seq_along(xx)) {
        x <- xx[[i]]
        if (length(x) == 3L) {
            if (!x[[1L]] %in% pkgs) {
                miss <- c(miss, x[[1L]])
                next
            }
            if (x[[2L]] != ">=") {
                canget <- c(canget, x[[1L]])
                next
            }
            current <- as.package_version(available[pkgs == x[[1L]], "Version"])
            target <- as.package_version(x[[3L]])
            res <- any(do.call(x$op, list(current, target)))
            if (res) 
                canget <- c(canget, x[[1L]])
            else miss <- c(miss, paste0(x[[1L]], " (>= ", x[[3L]], ")"))
        }
        else if (x[[1L]] %in% pkgs) 
            canget <- c(canget, x[[1L]])
        else miss <- c(miss, x[[1L]])
    }
    list(canget, miss)
}
#@ closure internal .completeToken
function () 
{
    custom.completer <- rc.getOption("custom.completer")
    if (is.function(custom.completer)) 
        return(custom.completer(.CompletionEnv))
    text <- .CompletionEnv[["token"]]
    if (isInsideQuotes()) {
        if (.CompletionEnv$settings[["quotes"]]) {
            fullToken <- .guessTokenFromLine(update = FALSE)
            probablyHelp <- (fullToken$start >= 2L && ((substr(.CompletionEnv[["linebuffer"]], fullToken$start - 1L, fullToken$start - 1L)) == "?"))
            if (probablyHelp) {
                fullToken$prefix <- .guessTokenFromLine(end = fullToken$start - 2, update = FALSE)$token
            }
            probablyName <- ((fullToken$start > 2L && ((substr(.CompletionEnv[["linebuffer"]], fullToken$start - 1L, fullToken$start - 1L)) == "$")) || (fullToken$start > 3L && ((substr(.CompletionEnv[["linebuffer"]], fullToken$start - 2L, fullToken$start - 1L)) == "[[")))
            probablyNamespace <- (fullToken$start > 3L && ((substr(.CompletionEnv[["linebuffer"]], fullToken$start - 2L, fullToken$start - 1L)) %in% c("::")))
            probablySpecial <- probablyHelp || probablyName || probablyNamespace
            tentativeCompletions <- if (probablyHelp) {
                substring(helpCompletions(fullToken$prefix, fullToken$token), 2L + nchar(fullToken$prefix), 1000L)
            }
            else if (!probablySpecial) 
                fileCompletions(fullToken$token)
            else if (is.function(fcustomQuote <- rc.getOption("custom.quote.completer"))) 
                fcustomQuote(fullToken)
            .setFileComp(FALSE)
            .CompletionEnv[["comps"]] <- substring(tentativeCompletions, 1L + nchar(fullToken$token) - nchar(text), 1000L)
        }
        else {
            .CompletionEnv[["comps"]] <- character()
            .setFileComp(TRUE)
        }
    }
    else {
        .setFileComp(FALSE)
        setIsFirstArg(FALSE)
        guessedFunction <- if (.CompletionEnv$settings[["args"]]) 
            inFunction(.CompletionEnv[["linebuffer"]], .CompletionEnv[["start"]])
        else ""
        .CompletionEnv[["fguess"]] <- guessedFunction
        fargComps <- functionArgs(guessedFunction, text)
        if (getIsFirstArg() && length(guessedFunction) && guessedFunction %in% c("library", "require", "data")) {
            .CompletionEnv[["comps"]] <- fargComps
            return()
        }
        lastArithOp <- tail.default(gregexpr("[\"'^/*+-]", text)[[1L]], 1)
        if (haveArithOp <- (lastArithOp > 0)) {
            prefix <- substr(text, 1L, lastArithOp)
            text <- substr(text, lastArithOp + 1L, 1000000L)
        }
        spl <- specialOpLocs(text)
        comps <- if (length(spl)) 
            specialCompletions(text, spl)
        else {
            appendFunctionSuffix <- !any(guessedFunction %in% c("help", "args", "formals", "example", "do.call", "environment", "page", "apply", "sapply", "lapply", "tapply", "mapply", "methods", "fix", "edit"))
            normalCompletions(text, check.mode = appendFunctionSuffix)
        }
        if (haveArithOp && length(comps)) {
            comps <- paste0(prefix, comps)
        }
        comps <- c(fargComps, comps)
        if (is.function(fcustom <- rc.getOption("custom.argument.completer"))) 
            comps <- c(fcustom(guessedFunction, text), comps)
        .CompletionEnv[["comps"]] <- comps
    }
}
#@ value internal .CompletionEnv environment
#@ closure internal .debugcall
function (call, op) 
{
    funsym <- deparse(call[[1L]])
    func <- get(funsym, parent.frame(2L), mode = "function")
    have.methods <- isNamespaceLoaded("methods")
    func <- if (is.primitive(func)) {
        if (have.methods) 
            methods::getGeneric(func)
    }
    else func
    if (is.null(func)) {
        stop("Cannot debug primitive functions unless they are implicit generics (requires loading the methods package)")
    }
    mcall <- match.call(func, call)
    env <- parent.frame(2L)
    sig <- NULL
    s4Generic <- have.methods && methods::isGeneric(funsym)
    if (!s4Generic) {
        s3ret <- isS3stdGeneric(func)
        if (s3ret) {
            genname <- names(s3ret)
            arg <- eval(mcall[[2L]], envir = env)
            func <- getS3method(genname, class(arg))
        }
    }
    else {
        sig <- .signatureFromCall(func, mcall, env)
    }
    op(func, signature = sig)
}
#@ closure internal .defenv_for_S3_registry
function (genfun) 
{
    if (typeof(genfun) == "closure") {
        lookup <- Sys.getenv("_R_S3_METHOD_LOOKUP_USE_TOPENV_AS_DEFENV_", "TRUE")
        lookup <- tools:::config_val_to_logical(lookup)
        if (lookup) {
            topenv(environment(genfun))
        }
        else {
            environment(genfun)
        }
    }
    else .BaseNamespaceEnv
}
#@ closure exported .DollarNames
function (x, pattern) 
UseMethod(".DollarNames")
#@ closure internal .DollarNames.default
function (x, pattern = "") 
{
    if (is.atomic(x) || is.symbol(x)) 
        character()
    else findMatches(pattern, names(x))
}
#@ closure internal .DollarNames.environment
function (x, pattern = "") 
{
    if (!.CompletionEnv$settings[["fuzzy"]]) 
        ls(x, all.names = TRUE, pattern = pattern)
    else findMatches(pattern, ls(x, all.names = TRUE))
}
#@ closure internal .DollarNames.list
function (x, pattern = "") 
{
    findMatches(pattern, names(x))
}
#@ value internal .dot_internals character
#@ closure internal .expand_ORCID_identifier
function (x) 
{
    if (any(ind <- ((names(x) == "ORCID") & grepl(tools:::.ORCID_iD_variants_regexp, x)))) 
        x[ind] <- paste0("<", .canonicalize_ORCID_identifier(x[ind]), ">")
    x
}
#@ closure internal .find_install_order
function (pkgs, dependencyList) 
{
    DL <- dependencyList[pkgs]
    DL <- lapply(DL, function(x) x[x %in% pkgs])
    lens <- lengths(DL)
    if (all(lens > 0L)) {
        warning("every package depends on at least one other")
        return(pkgs)
    }
    done <- names(DL[lens == 0L])
    DL <- DL[lens > 0L]
    while (length(DL)) {
        OK <- vapply(DL, function(x) all(x %in% done), NA)
        if (!any(OK)) {
            warning(gettextf("packages %s are mutually dependent", paste(sQuote(names(DL)), collapse = ", ")), domain = NA)
            return(c(done, names(DL)))
        }
        done <- c(done, names(DL[OK]))
        DL <- DL[!OK]
    }
    done
}
#@ closure internal .fixPackageFileNames
function (list) 
{
    list <- as.character(list)
    if (length(list) == 0L) 
        return(list)
    list0 <- gsub("[[:cntrl:]\"*/:<>?\\|]", "_", list)
    wrong <- grep("^(con|prn|aux|clock\\$|nul|lpt[1-3]|com[1-4])(\\..*|)$", list0)
    if (length(wrong)) 
        list0[wrong] <- paste0("zz", list0[wrong])
    ok <- grepl("^[[:alnum:]]", list0)
    if (any(!ok)) 
        list0[!ok] <- paste0("z", list0[!ok])
    list1 <- tolower(list0)
    list2 <- make.unique(list1, sep = "_")
    changed <- (list2 != list1)
    list0[changed] <- list2[changed]
    list0
}
#@ closure internal .fixupPkgMat
function (mat, fields, priority, subarch = NULL) 
{
    colnames(mat) <- c("Package", "LibPath", fields)
    if (length(mat) && !is.null(priority)) {
        keep <- !is.na(pmatch(mat[, "Priority"], priority, duplicates.ok = TRUE))
        mat <- mat[keep, , drop = FALSE]
    }
    if (length(mat) && !is.null(subarch) && nzchar(subarch)) {
        archs <- strsplit(mat[, "Archs"], ", ", fixed = TRUE)
        keep <- unlist(lapply(archs, function(x) is.na(x[1L]) || subarch %in% x))
        mat <- mat[keep, , drop = FALSE]
    }
    if (length(mat)) 
        mat <- mat[, colnames(mat) != "Archs", drop = FALSE]
    if (length(mat)) 
        rownames(mat) <- mat[, "Package"]
    mat
}
#@ closure internal .format_authors_at_R_field_for_author
function (x) 
{
    if (is.character(x)) 
        x <- .read_authors_at_R_field(x)
    header <- attr(x, "header")
    footer <- attr(x, "footer")
    x <- sapply(x, .format_person_for_plain_author_spec)
    x <- x[nzchar(x)]
    if (!length(x)) 
        return("")
    out <- paste(lapply(strwrap(x, indent = 0L, exdent = 4L, simplify = FALSE), paste, collapse = "\n"), collapse = ",\n  ")
    if (!is.null(header)) {
        header <- paste(strwrap(header, indent = 0L, exdent = 2L), collapse = "\n")
        out <- paste(header, out, sep = "\n  ")
    }
    if (!is.null(footer)) {
        footer <- paste(strwrap(footer, indent = 2L, exdent = 2L), collapse = "\n")
        out <- paste(out, footer, sep = ".\n")
    }
    out
}
#@ closure internal .format_authors_at_R_field_for_maintainer
function (x) 
{
    if (is.character(x)) 
        x <- .read_authors_at_R_field(x)
    x <- Filter(function(e) (!is.null(e$given) || !is.null(e$family)) && !is.null(e$email) && ("cre" %in% e$role), x)
    if (length(x) != 1L) 
        return("")
    display <- format(x, include = c("given", "family"))
    address <- format(x, include = c("email"), collapse = list(email = FALSE))
    if (any(ind <- grepl(",", display))) {
        display[ind] <- sprintf("\"%s\"", gsub("\"", "\\\"", display[ind], fixed = TRUE))
    }
    paste(display, address)
}
#@ closure internal .format_bibentry_as_R_code
function (x, collapse = FALSE) 
{
    if (!length(x)) 
        return("bibentry()")
    x$.index <- NULL
    anames <- bibentry_attribute_names
    manames <- c("mheader", "mfooter")
    f <- function(e) {
        if (inherits(e, "person")) 
            .format_person_as_R_code(e)
        else deparse(e)
    }
    g <- function(u, v) {
        prefix <- sprintf("%s = ", u)
        n <- length(v)
        if (n > 1L) 
            prefix <- c(prefix, rep.int(strrep(" ", nchar(prefix)), n - 1L))
        sprintf("%s%s", prefix, v)
    }
    s <- lapply(unclass(x), function(e) {
        a <- Filter(length, attributes(e)[anames])
        e <- e[!vapply(e, is.null, NA)]
        ind <- !is.na(match(names(e), c(anames, manames, "other")))
        if (any(ind)) {
            other <- paste(names(e[ind]), sapply(e[ind], f), sep = " = ")
            other <- Map(g, names(e[ind]), sapply(e[ind], f))
            other <- .format_call_RR("list", other)
            e <- e[!ind]
        }
        else {
            other <- NULL
        }
        c(Map(g, names(a), sapply(a, deparse)), Map(g, names(e), sapply(e, f)), if (length(other)) list(g("other", other)))
    })
    if (!is.null(mheader <- attr(x, "mheader"))) 
        s[[1L]] <- c(s[[1L]], paste("mheader =", deparse(mheader)))
    if (!is.null(mfooter <- attr(x, "mfooter"))) 
        s[[1L]] <- c(s[[1L]], paste("mfooter =", deparse(mfooter)))
    s <- Map(.format_call_RR, "bibentry", s)
    if (collapse && (length(s) > 1L)) 
        paste(.format_call_RR("c", s), collapse = "\n")
    else unlist(lapply(s, paste, collapse = "\n"), use.names = FALSE)
}
#@ closure internal .format_call_RR
function (cname, cargs) 
{
    cargs <- as.list(cargs)
    n <- length(cargs)
    lens <- lengths(cargs)
    sums <- cumsum(lens)
    starters <- c(sprintf("%s(", cname), rep.int(strrep(" ", nchar(cname) + 1L), sums[n] - 1L))
    trailers <- c(rep.int("", sums[n] - 1L), ")")
    trailers[sums[-n]] <- ","
    sprintf("%s%s%s", starters, unlist(cargs), trailers)
}
#@ closure internal .format_person_as_R_code
function (x) 
{
    s <- lapply(unclass(x), function(e) {
        e <- e[!vapply(e, is.null, NA)]
        cargs <- sprintf("%s = %s", names(e), sapply(e, deparse))
        .format_call_RR("person", cargs)
    })
    if (length(s) > 1L) 
        .format_call_RR("c", s)
    else unlist(s, use.names = FALSE)
}
#@ closure internal .format_person_for_plain_author_spec
function (x) 
{
    if ((is.null(x$given) && is.null(x$family)) || is.null(x$role)) 
        return("")
    format(x, include = c("given", "family", "role", "comment"))
}
#@ closure internal .format_rl_table
function (labels, x, offset = 0, width = 0.9 * getOption("width"), sep = " ") 
{
    labels <- format(labels, justify = "right")
    len <- length(x)
    delta <- nchar(labels[1L], "width") + offset
    x <- strwrap(x, width = width - delta - nchar(sep, "width"), simplify = FALSE)
    nlines <- cumsum(lengths(x))
    prefix <- rep.int(strrep(" ", delta), nlines[len])
    prefix[1L + c(0L, nlines[-len])] <- paste0(strrep(" ", offset), labels)
    paste(prefix, unlist(x), sep = sep)
}
#@ value internal .FunArgEnv environment
#@ closure internal .get_standard_Rd_keywords_with_descriptions
function () 
{
    lines <- readLines(file.path(R.home("doc"), "KEYWORDS.db"))
    lines <- grep("^.*\\|([^:]*):.*", lines, value = TRUE)
    lines <- sub("[[:space:]]*#.*", "", lines)
    list(Keywords = sub("^.*\\|([^:]*):.*", "\\1", lines), Descriptions = sub(".*:[[:space:]]*", "", lines))
}
#@ closure internal .getFileComp
function () 
get("fileName", envir = .CompletionEnv)
#@ closure internal .getHelpFile
function (file) 
{
    path <- dirname(file)
    dirpath <- dirname(path)
    if (!file.exists(dirpath)) 
        stop(gettextf("invalid %s argument", sQuote("file")), domain = NA)
    pkgname <- basename(dirpath)
    RdDB <- file.path(path, pkgname)
    if (!file.exists(paste0(RdDB, ".rdx"))) 
        stop(gettextf("package %s exists but was not installed under R >= 2.10.0 so help cannot be accessed", sQuote(pkgname)), domain = NA)
    tools:::fetchRdDB(RdDB, basename(file))
}
#@ closure internal .getMirrors
function (url, local.file, all, local.only) 
{
    m <- NULL
    if (!local.only) {
        f <- tempfile()
        on.exit(unlink(f))
        m <- tryCatch({
            m <- download.file(url, destfile = f, quiet = TRUE)
            if (m != 0L) 
                stop(gettextf("'download.file()' error code '%d'", m))
            read.csv(f, as.is = TRUE, encoding = "UTF-8")
        }, error = function(err) {
            warning(gettextf("failed to download mirrors file (%s); using local file '%s'", conditionMessage(err), local.file), call. = FALSE, immediate. = TRUE)
            NULL
        })
    }
    if (is.null(m)) 
        m <- read.csv(local.file, as.is = TRUE, encoding = "UTF-8")
    if (!all) 
        m <- m[as.logical(m$OK), ]
    m
}
#@ closure internal .guessTokenFromLine
function (linebuffer = .CompletionEnv[["linebuffer"]], end = .CompletionEnv[["end"]], update = TRUE) 
{
    linebuffer <- substr(linebuffer, 1L, end)
    insideQuotes <- {
        lbss <- head.default(unlist(strsplit(linebuffer, "")), .CompletionEnv[["end"]])
        ((sum(lbss == "'")%%2 == 1) || (sum(lbss == "\"")%%2 == 1))
    }
    start <- if (insideQuotes) 
        suppressWarnings(gregexpr("['\"]", linebuffer, perl = TRUE))[[1L]]
    else suppressWarnings(gregexpr("[^\\.\\w:?$@[\\]]+", linebuffer, perl = TRUE))[[1L]]
    start <- if (all(start < 0L)) 
        0L
    else tail.default(start + attr(start, "match.length"), 1L) - 1L
    token <- substr(linebuffer, start + 1L, end)
    if (update) {
        .CompletionEnv[["start"]] <- start
        .CompletionEnv[["token"]] <- token
        .CompletionEnv[["token"]]
    }
    else list(start = start, token = token)
}
#@ closure internal .helpForCall
function (expr, envir, doEval = TRUE) 
{
    sigFormat <- function(sigNames, sigClasses) {
        paste(sprintf("%s = \"%s\"", sigNames, sigClasses), collapse = ", ")
    }
    f <- expr[[1L]]
    if (is.call(f) && (f[[1L]] == "::" || f[[1L]] == ":::")) {
        package <- f[[2L]]
        where <- paste0("package:", package)
        if (!(where %in% search())) 
            where <- NULL
        f <- f[[3L]]
    }
    else {
        package <- NULL
        where <- topenv(envir)
    }
    if (is.name(f)) 
        f <- as.character(f)
    if (is.null(where) || !.isMethodsDispatchOn() || !methods::isGeneric(f, where = where)) {
        if (!is.character(f) || length(f) != 1L) 
            stop(gettextf("the object of class %s in the function call %s could not be used as a documentation topic", dQuote(class(f)), sQuote(deparse(expr))), domain = NA)
        h <- .tryHelp(f, package = package)
        if (is.null(h)) 
            stop(gettextf("no methods for %s and no documentation for it as a function", sQuote(f)), domain = NA)
    }
    else {
        if (methods::is(f, "genericFunction")) {
            fdef <- f
            f <- fdef@generic
        }
        else fdef <- methods::getGeneric(f, where = where)
        sigClasses <- .signatureFromCall(fdef, expr, envir, doEval)
        sigNames <- names(sigClasses)
        method <- methods::selectMethod(f, sigClasses, optional = TRUE, fdef = fdef)
        if (methods::is(method, "MethodDefinition")) {
            sigClasses <- method@defined
            if (length(sigClasses) < length(sigNames)) 
                sigClasses <- c(sigClasses, rep.int("ANY", length(sigNames) - length(sigClasses)))
        }
        else warning(gettextf("no method defined for function %s and signature %s", sQuote(f), sQuote(sigFormat(sigNames, sigClasses))), domain = NA)
        topic <- topicName("method", c(f, sigClasses))
        h <- .tryHelp(topic, package = package)
        if (is.null(h)) 
            stop(gettextf("no documentation for function %s and signature %s", sQuote(f), sQuote(sigFormat(sigNames, sigClasses))), domain = NA)
    }
    h
}
#@ opaque internal .hsearch_db environment:other
#@ closure internal .initialize.argdb
function () 
{
    lattice.common <- c("data", "allow.multiple", "outer", "auto.key", "aspect", "panel", "prepanel", "scales", "strip", "groups", "xlab", "xlim", "ylab", "ylim", "drop.unused.levels", "...", "default.scales", "subscripts", "subset", "formula", "cond", "aspect", "as.table", "between", "key", "legend", "page", "main", "sub", "par.strip.text", "layout", "skip", "strip", "strip.left", "xlab.default", "ylab.default", "xlab", "ylab", "panel", "xscale.components", "yscale.components", "axis", "index.cond", 
        "perm.cond", "...", "par.settings", "plot.args", "lattice.options")
    densityplot <- c("plot.points", "ref", "groups", "jitter.amount", "bw", "adjust", "kernel", "weights", "window", "width", "give.Rkern", "n", "from", "to", "cut", "na.rm")
    panel.xyplot <- c("type", "groups", "pch", "col", "col.line", "col.symbol", "font", "fontfamily", "fontface", "lty", "cex", "fill", "lwd", "horizontal")
    .addFunctionInfo(xyplot.formula = c(lattice.common, panel.xyplot), densityplot.formula = c(lattice.common, densityplot))
    grid.clip <- c("x", "y", "width", "height", "just", "hjust", "vjust", "default.units", "name", "vp")
    grid.curve <- c("x1", "y1", "x2", "y2", "default.units", "curvature", "angle", "ncp", "shape", "square", "squareShape", "inflect", "arrow", "open", "debug", "name", "gp", "vp")
    grid.polyline <- c("x", "y", "id", "id.lengths", "default.units", "arrow", "name", "gp", "vp")
    grid.xspline <- c("x", "y", "id", "id.lengths", "default.units", "shape", "open", "arrow", "repEnds", "name", "gp", "vp")
    .addFunctionInfo(grid.clip = grid.clip, grid.curve = grid.curve, grid.polyline = grid.polyline, grid.xspline = grid.xspline)
    par <- c("xlog", "ylog", "adj", "ann", "ask", "bg", "bty", "cex", "cex.axis", "cex.lab", "cex.main", "cex.sub", "cin", "col", "col.axis", "col.lab", "col.main", "col.sub", "cra", "crt", "csi", "cxy", "din", "err", "family", "fg", "fig", "fin", "font", "font.axis", "font.lab", "font.main", "font.sub", "gamma", "lab", "las", "lend", "lheight", "ljoin", "lmitre", "lty", "lwd", "mai", "mar", "mex", "mfcol", "mfg", "mfrow", "mgp", "mkh", "new", "oma", "omd", "omi", "pch", "pin", "plt", "ps", "pty", 
        "smo", "srt", "tck", "tcl", "usr", "xaxp", "xaxs", "xaxt", "xpd", "yaxp", "yaxs", "yaxt", "page", "ylbias")
    options <- c(names(options()), "mc.cores", "dvipscmd", "warn.FPU", "aspell_program", "deparse.max.lines", "digits.secs", "error", "help.ports", "help_type", "save.defaults", "save.image.defaults", "SweaveHooks", "SweaveSyntax", "topLevelEnvironment")
    .addFunctionInfo(par = par, options = options)
    readTable <- c("file", "header", "sep", "quote", "dec", "numerals", "row.names", "col.names", "as.is", "na.strings", "colClasses", "nrows", "skip", "check.names", "fill", "strip.white", "blank.lines.skip", "comment.char", "allowEscapes", "flush", "stringsAsFactors", "fileEncoding", "encoding", "text", "skipNul")
    .addFunctionInfo(read.csv = readTable, read.csv2 = readTable, read.delim = readTable, read.delim2 = readTable)
    .addFunctionInfo(c = c("recursive", "use.names"))
}
#@ closure internal .install.macbinary
function (pkgs, lib, repos = getOption("repos"), contriburl = contrib.url(repos, type = "mac.binary"), method, available = NULL, destdir = NULL, dependencies = FALSE, lock = getOption("install.lock", FALSE), quiet = FALSE, ...) 
{
}
#@ closure internal .instPkgFields
function (fields) 
{
    requiredFields <- c(tools:::.get_standard_repository_db_fields(), "Built")
    if (is.null(fields)) 
        fields <- requiredFields
    else {
        stopifnot(is.character(fields))
        fields <- unique(c(requiredFields, fields))
    }
    fields[!fields %in% c("Package", "LibPath")]
}
#@ closure internal .is_not_nonempty_text
function (x) 
is.null(x) || anyNA(x) || all(grepl("^[[:space:]]*$", x))
#@ closure internal .listify
function (x) 
if (inherits(x, "list")) x else list(x)
#@ closure internal .make_dependency_list
function (pkgs, available, dependencies = c("Depends", "Imports", "LinkingTo"), recursive = FALSE) 
{
    if (!length(pkgs)) 
        return(NULL)
    if (is.null(available)) 
        stop(gettextf("%s must be supplied", sQuote("available")), domain = NA)
    info <- available[pkgs, dependencies, drop = FALSE]
    x <- vector("list", length(pkgs))
    names(x) <- pkgs
    if (recursive) {
        known <- row.names(available)
        xx <- vector("list", length(known))
        names(xx) <- known
        info2 <- available[, dependencies, drop = FALSE]
        for (i in seq_along(known)) xx[[i]] <- .clean_up_dependencies(info2[i, ])
        for (i in pkgs) {
            p <- xx[[i]]
            p <- p[p %in% known]
            p1 <- p
            repeat {
                extra <- unlist(xx[p1])
                extra <- extra[extra != i]
                extra <- extra[extra %in% known]
                deps <- unique(c(p, extra))
                if (length(deps) <= length(p)) 
                  break
                p1 <- deps[!deps %in% p]
                p <- deps
            }
            x[[i]] <- p
        }
    }
    else {
        for (i in seq_along(pkgs)) x[[i]] <- .clean_up_dependencies(info[i, ])
    }
    x
}
#@ closure internal .MethodsFunction
function (s3, s4, byclass) 
{
    info3 <- attr(s3, "info")
    info4 <- attr(s4, "info")
    info <- rbind(info3, info4)
    dups <- duplicated(c(rownames(info3), rownames(info4)))
    info <- info[!dups, , drop = FALSE]
    info <- info[order(rownames(info)), , drop = FALSE]
    structure(rownames(info), info = info, byclass = byclass, class = "MethodsFunction")
}
#@ value internal .noGenerics logical
#@ closure internal .normalizePath
function (path, wd) 
{
    if (!missing(wd) && !is.null(wd)) {
        oldwd <- setwd(wd)
        on.exit(setwd(oldwd))
    }
    suppressWarnings(normalizePath(path))
}
#@ closure internal .numeric2roman
function (x) 
{
    romaNs <- names(.romans)
    n2r <- function(z) {
        y <- character()
        for (i in seq_along(.romans)) {
            d <- .romans[[i]]
            while (z >= d) {
                z <- z - d
                y <- c(y, romaNs[i])
            }
        }
        paste(y, collapse = "")
    }
    x <- as.integer(x)
    ind <- is.na(x) | (x <= 0L) | (x >= 3900L)
    out <- character(length(x))
    out[ind] <- NA
    out[!ind] <- vapply(x[!ind], n2r, "")
    out
}
#@ closure internal .onLoad
function (libname, pkgname) 
{
    op.utils <- list(help.try.all.packages = FALSE, help.search.types = c("vignette", "demo", "help"), citation.bibtex.max = 1L, internet.info = 2L, pkgType = if (.Platform$pkgType != "source") "both" else "source", str = strOptions(), demo.ask = "default", example.ask = "default", HTTPUserAgent = defaultUserAgent(), menu.graphics = TRUE, mailer = "mailto")
    if (.Platform$pkgType != "source") 
        op.utils[["install.packages.compile.from.source"]] <- Sys.getenv("R_COMPILE_AND_INSTALL_PACKAGES", "interactive")
    extra <- if (.Platform$OS.type == "windows") {
        list(unzip = "internal", editor = if (length(grep("Rgui", commandArgs(), TRUE))) "internal" else "notepad", repos = c(CRAN = "@CRAN@"), askYesNo = if (.Platform$GUI == "Rgui") askYesNoWinDialog)
    }
    else list(unzip = Sys.getenv("R_UNZIPCMD"), editor = Sys.getenv("EDITOR"), repos = c(CRAN = "@CRAN@"))
    op.utils <- c(op.utils, extra)
    toset <- !(names(op.utils) %in% names(.Options))
    if (any(toset)) 
        options(op.utils[toset])
    ns <- environment(sys.function())
    assign("osVersion", .osVersion(), envir = ns)
}
#@ closure internal .osVersion
function () 
{
    if (.Platform$OS.type == "windows") {
        win.version()
    }
    else if (nzchar(Sys.which("uname"))) {
        uname <- system("uname -a", intern = TRUE)
        os <- sub(" .*", "", uname)
        switch(os, Linux = if (file.exists("/etc/os-release")) {
            tmp <- readLines("/etc/os-release")
            t2 <- if (any(startsWith(tmp, "PRETTY_NAME="))) sub("^PRETTY_NAME=", "", grep("^PRETTY_NAME=", tmp, value = TRUE)[1L]) else if (any(startsWith(tmp, "NAME"))) sub("^NAME=", "", grep("^NAME=", tmp, value = TRUE)[1L]) else "Linux (unknown distro)"
            sub("\"(.*)\"", "\\1", t2)
        } else if (file.exists("/etc/system-release")) {
            readLines("/etc/system-release")
        }, Darwin = {
            ver <- readLines("/System/Library/CoreServices/SystemVersion.plist")
            ind <- grep("ProductUserVisibleVersion", ver)
            ver <- ver[ind + 1L]
            ver <- sub(".*<string>", "", ver)
            ver <- sub("</string>$", "", ver)
            ver1 <- strsplit(ver, ".", fixed = TRUE)[[1L]]
            ver2 <- ver1[2L]
            if (ver1[1L] == "10") sprintf("%s %s %s", ifelse(as.numeric(ver2) < 12, "OS X", "macOS"), switch(ver2, `6` = "Snow Leopard", `7` = "Lion", `8` = "Mountain Lion", `9` = "Mavericks", `10` = "Yosemite", `11` = "El Capitan", `12` = "Sierra", `13` = "High Sierra", `14` = "Mojave", `15` = "Catalina", `16` = "Big Sur ...", ""), ver) else if (ver1[1L] <= "13") sprintf("macOS %s %s", switch(ver1[1L], `11` = "Big Sur", `12` = "Monterey", `13` = "Ventura"), ver) else sprintf("macOS %s", ver)
        }, SunOS = {
            ver <- system("uname -r", intern = TRUE)
            paste("Solaris", strsplit(ver, ".", fixed = TRUE)[[1L]][2L])
        }, uname)
    }
}
#@ value internal .packageName character
#@ closure internal .person
function (x = list()) 
{
    class(x) <- "person"
    x
}
#@ closure internal .person_has_author_role
function (x) 
{
    "aut" %in% x$role
}
#@ closure internal .R_LIBS
function (libp = .libPaths()) 
{
    libp <- libp[!libp %in% .Library]
    if (length(libp)) 
        paste(libp, collapse = .Platform$path.sep)
    else ""
}
#@ closure internal .read_authors_at_R_field
function (x) 
{
    out <- if ((Encoding(x) == "UTF-8") && !l10n_info()$"UTF-8") {
        con <- file()
        on.exit(close(con))
        writeLines(x, con, useBytes = TRUE)
        eval(parse(con, encoding = "UTF-8"))
    }
    else {
        eval(str2expression(x))
    }
    if (!inherits(out, "person")) 
        out <- do.call(c, lapply(x, as.person))
    out
}
#@ closure internal .readPkgDesc
function (lib, fields, pkgs = list.files(lib)) 
{
    ret <- matrix(NA_character_, length(pkgs), 2L + length(fields))
    for (i in seq_along(pkgs)) {
        pkgpath <- file.path(lib, pkgs[i])
        if (file.access(pkgpath, 5L)) 
            next
        if (file.exists(file <- file.path(pkgpath, "Meta", "package.rds"))) {
            md <- try(readRDS(file))
            if (inherits(md, "try-error")) 
                next
            desc <- md$DESCRIPTION[fields]
            if (!length(desc)) {
                warning(gettextf("metadata of %s is corrupt", sQuote(pkgpath)), domain = NA)
                next
            }
            if ("Built" %in% fields) {
                if (is.null(md$Built$R) || !("Built" %in% names(desc))) {
                  warning(gettextf("metadata of %s is corrupt", sQuote(pkgpath)), domain = NA)
                  next
                }
                desc["Built"] <- as.character(md$Built$R)
            }
            ret[i, ] <- c(pkgs[i], lib, desc)
        }
    }
    ret[!is.na(ret[, 1L]), ]
}
#@ closure internal .retrieveCompletions
function () 
unique(get("comps", envir = .CompletionEnv))
#@ value internal .RNGdefaults character
#@ closure internal .roman2numeric
function (x) 
{
    out <- integer(length(x))
    out[ina <- is.na(x) | !nzchar(x)] <- NA
    if (any(ind <- !ina)) {
        y <- toupper(x[ind])
        y <- gsub("CM", "DCCCC", y)
        y <- gsub("CD", "CCCC", y)
        y <- gsub("XC", "LXXXX", y)
        y <- gsub("XL", "XXXX", y)
        y <- gsub("IX", "VIIII", y)
        y <- gsub("IV", "IIII", y)
        ok <- grepl("^M{,3}D?C{,4}L?X{,4}V?I{,4}$", y)
        if (any(!ok)) {
            warning(sprintf(ngettext(sum(!ok), "invalid roman numeral: %s", "invalid roman numerals: %s"), paste(x[ind][!ok], collapse = " ")), domain = NA)
            out[ind][!ok] <- NA
        }
        out[ind][ok] <- vapply(strsplit(y[ok], ""), function(z) as.integer(sum(.romans[match(z, names(.romans))])), integer(1L))
    }
    out
}
#@ value exported .romans integer
#@ closure exported .RtangleCodeLabel
function (chunk) 
{
    if (length(lnos <- grep("^#line ", chunk, value = TRUE))) {
        srclines <- attr(chunk, "srclines")
        lno <- if (length(srclines)) 
            paste(min(srclines), max(srclines), sep = "-")
        else srclines
        fn <- sub("[^\"]*\"([^\"]+).*", "\\1", lnos[1L])
        paste(fn, lno, sep = ":")
    }
    else "(missing #line/file info)"
}
#@ closure exported .S3methods
function (generic.function, class, envir = parent.frame()) 
{
    rbindSome <- function(df, nms, msg) {
        nms <- unique(nms)
        n2 <- length(nms)
        dnew <- data.frame(visible = rep.int(FALSE, n2), from = rep.int(msg, n2), row.names = nms)
        n <- nrow(df)
        if (n == 0L) 
            return(dnew)
        keep <- !duplicated(c(rownames(df), rownames(dnew)))
        rbind(df[keep[1L:n], ], dnew[keep[(n + 1L):(n + n2)], ])
    }
    S3MethodsStopList <- tools::nonS3methods(NULL)
    knownGenerics <- getKnownS3generics()
    sp <- search()
    if (nzchar(lookup <- Sys.getenv("_R_S3_METHOD_LOOKUP_BASEENV_AFTER_GLOBALENV_"))) {
        lookup <- tools:::config_val_to_logical(lookup)
        if (lookup) 
            sp <- sp[c(1L, length(sp))]
    }
    methods.called <- identical(sys.call(-1)[[1]], as.symbol("methods"))
    an <- lapply(seq_along(sp), ls)
    lens <- lengths(an)
    an <- unlist(an, use.names = FALSE)
    names(an) <- rep.int(sp, lens)
    an <- an[!duplicated(an)]
    info <- data.frame(visible = rep.int(TRUE, length(an)), from = .rmpkg(names(an)), row.names = an)
    if (!missing(generic.function)) {
        if (!is.character(generic.function)) 
            generic.function <- deparse1(substitute(generic.function))
        if (!exists(generic.function, mode = "function", envir = envir) && !any(generic.function == c("Math", "Ops", "Complex", "Summary"))) 
            stop(gettextf("no function '%s' is visible", generic.function), domain = NA)
        warn.not.generic <- FALSE
        if (!any(generic.function == knownGenerics)) {
            truegf <- findGeneric(generic.function, envir, warnS4only = !methods.called)
            if (truegf == "") 
                warn.not.generic <- TRUE
            else if (truegf != generic.function) {
                warning(gettextf("generic function '%s' dispatches methods for generic '%s'", generic.function, truegf), domain = NA)
                generic.function <- truegf
            }
        }
        info <- info[startsWith(row.names(info), paste0(generic.function, ".")), ]
        info <- info[!row.names(info) %in% S3MethodsStopList, ]
        if (nrow(info)) {
            keep <- vapply(row.names(info), exists, logical(1), mode = "function")
            info <- info[keep, ]
        }
        if (warn.not.generic && nrow(info)) 
            warning(gettextf("function '%s' appears not to be S3 generic; found functions that look like S3 methods", generic.function), domain = NA)
        defenv <- if (!is.na(w <- .knownS3Generics[generic.function])) 
            asNamespace(w)
        else {
            genfun <- get(generic.function, mode = "function", envir = envir)
            if (.isMethodsDispatchOn() && methods::is(genfun, "genericFunction")) 
                genfun <- methods::finalDefaultMethod(genfun@default)
            .defenv_for_S3_registry(genfun)
        }
        S3reg <- names(get(".__S3MethodsTable__.", envir = defenv))
        S3reg <- S3reg[startsWith(S3reg, paste0(generic.function, "."))]
        if (length(S3reg)) 
            info <- rbindSome(info, S3reg, msg = paste("registered S3method for", generic.function))
        if (generic.function == "all") 
            info <- info[-grep("^all\\.equal", row.names(info)), ]
    }
    else if (!missing(class)) {
        if (!is.character(class)) 
            class <- deparse1(substitute(class))
        if (length(class) > 1L) {
            warning("'class' is of length > 1; only the first element will be used")
            class <- class[1L]
        }
        name <- paste0(".", class, "$")
        name <- gsub("([.[])", "\\\\\\1", name)
        info <- info[grep(name, row.names(info)), ]
        info <- info[!row.names(info) %in% S3MethodsStopList, ]
        if (nrow(info)) {
            possible.generics <- gsub(name, "", row.names(info))
            keep <- vapply(possible.generics, function(nm) {
                if (nm %in% knownGenerics) 
                  return(TRUE)
                where <- find(nm, mode = "function")
                if (length(where)) 
                  any(vapply(where, function(w) nzchar(findGeneric(nm, envir = as.environment(w))), logical(1)))
                else FALSE
            }, logical(1))
            info <- info[keep, ]
        }
        S3reg <- unlist(lapply(loadedNamespaces(), function(i) ls(get(".__S3MethodsTable__.", envir = asNamespace(i)), pattern = name)))
        if (length(S3reg)) 
            S3reg <- S3reg[vapply(gsub(name, "", S3reg), exists, NA)]
        if (length(S3reg)) 
            info <- rbindSome(info, S3reg, msg = "registered S3method")
    }
    else stop("must supply 'generic.function' or 'class'")
    info$generic <- if (!missing(generic.function)) 
        rep.int(generic.function, nrow(info))
    else sub(paste0("\\.", class, "$"), "", row.names(info))
    info$isS4 <- rep.int(FALSE, nrow(info))
    info <- info[sort.list(row.names(info)), , drop = FALSE]
    res <- row.names(info)
    class(res) <- "MethodsFunction"
    attr(res, "info") <- info
    attr(res, "byclass") <- missing(generic.function)
    res
}
#@ closure internal .setFileComp
function (state) 
assign("fileName", state, envir = .CompletionEnv)
#@ closure internal .show_help_on_topic_offline
function (file, topic, type = "pdf", texinputs = NULL) 
{
    encoding <- ""
    lines <- readLines(file)
    encpatt <- "^\\\\inputencoding\\{(.*)\\}$"
    if (length(res <- grep(encpatt, lines, perl = TRUE, useBytes = TRUE))) 
        encoding <- sub(encpatt, "\\1", lines[res], perl = TRUE, useBytes = TRUE)
    texfile <- paste0(topic, ".tex")
    on.exit(unlink(texfile))
    if (nzchar(opt <- Sys.getenv("R_RD4PDF"))) 
        opt
    else "times,inconsolata"
    has_figure <- any(grepl("\\Figure", lines))
    cat("\\documentclass[", getOption("papersize"), "paper]{article}\n", "\\usepackage[", opt, "]{Rd}\n", if (nzchar(encoding)) 
        sprintf("\\usepackage[%s]{inputenc}\n", encoding), "\\InputIfFileExists{Rhelp.cfg}{}{}\n", "\\usepackage{graphicx}\n", "\\begin{document}\n", file = texfile, sep = "")
    file.append(texfile, file)
    cat("\\end{document}\n", file = texfile, append = TRUE)
    helper <- if (exists("offline_help_helper", envir = .GlobalEnv)) 
        get("offline_help_helper", envir = .GlobalEnv)
    else offline_help_helper
    if (has_figure) 
        helper(texfile, type, texinputs)
    else helper(texfile, type)
    invisible()
}
#@ closure internal .signatureFromCall
function (fdef, expr, envir, doEval = TRUE) 
{
    args <- formals(fdef)
    call <- match.call(fdef, expr, expand.dots = FALSE)
    args[names(call[-1L])] <- call[-1L]
    if ("..." %in% names(call)) 
        args$... <- args$...[[1L]]
    sigNames <- fdef@signature
    sigClasses <- rep.int("missing", length(sigNames))
    names(sigClasses) <- sigNames
    for (arg in sigNames) {
        argExpr <- methods::elNamed(args, arg)
        if (!missing(argExpr) && !is.null(argExpr)) {
            simple <- (is.character(argExpr) || is.name(argExpr))
            if (doEval || !simple) {
                argVal <- try(eval(argExpr, envir))
                if (methods::is(argVal, "try-error")) 
                  stop(gettextf("error in trying to evaluate the expression for argument %s (%s)", sQuote(arg), deparse(argExpr)), domain = NA)
                sigClasses[[arg]] <- class(argVal)[1L]
            }
            else sigClasses[[arg]] <- as.character(argExpr)
        }
    }
    sigClasses
}
#@ closure internal .Stangle
function (args = NULL, no.q = interactive()) 
{
    options(warn = 1)
    if (is.null(args)) {
        args <- commandArgs(TRUE)
        args <- paste(args, collapse = " ")
        args <- strsplit(args, "nextArg", fixed = TRUE)[[1L]][-1L]
    }
    Usage <- function() {
        cat("Usage: R CMD Stangle file", "", "A front-end for Stangle and other vignette engines", "", "Options:", "  -h, --help     print this help message and exit", "  -v, --version  print version info and exit", "  --engine=pkg::engine  use named vignette engine", "  --encoding=enc  assume encoding 'enc' for file", "  --options=      comma-separated list of Stangle options", "", "Report bugs at <https://bugs.R-project.org>.", sep = "\n")
    }
    do_exit <- if (no.q) 
        function(status = 0L) (if (status) 
            stop
        else message)(".Stangle() exit status ", status)
    else function(status = 0L) q("no", status = status, runLast = FALSE)
    if (!length(args)) {
        Usage()
        do_exit(1L)
    }
    file <- character()
    encoding <- options <- ""
    engine <- NULL
    while (length(args)) {
        a <- args[1L]
        if (a %in% c("-h", "--help")) {
            Usage()
            do_exit()
        }
        else if (a %in% c("-v", "--version")) {
            cat("Stangle front-end: ", R.version[["major"]], ".", R.version[["minor"]], " (r", R.version[["svn rev"]], ")\n", sep = "")
            cat("", "Copyright (C) 2006-2011 The R Core Team.", "This is free software; see the GNU General Public License version 2", "or later for copying conditions.  There is NO warranty.", sep = "\n")
            do_exit()
        }
        else if (substr(a, 1, 9) == "--engine=") {
            engine <- substr(a, 10, 1000)
        }
        else if (substr(a, 1, 11) == "--encoding=") {
            encoding <- substr(a, 12, 1000)
        }
        else if (substr(a, 1, 10) == "--options=") {
            options <- substr(a, 11, 1000)
        }
        else if (startsWith(a, "-")) {
            message(gettextf("Warning: unknown option %s", sQuote(a)), domain = NA)
        }
        else file <- c(file, a)
        args <- args[-1L]
    }
    if (length(file) != 1L) {
        Usage()
        do_exit(1L)
    }
    args <- list(file = file, tangle = TRUE, weave = FALSE, engine = engine, encoding = encoding)
    if (nzchar(options)) {
        opts <- eval(str2expression(paste0("list(", options, ")")))
        args <- c(args, opts)
    }
    output <- do.call(tools::buildVignette, args)
    message("Output file:  ", output)
    do_exit()
}
#@ closure internal .Sweave
function (args = NULL, no.q = interactive()) 
{
    options(warn = 1)
    if (is.null(args)) {
        args <- commandArgs(TRUE)
        args <- paste(args, collapse = " ")
        args <- strsplit(args, "nextArg", fixed = TRUE)[[1L]][-1L]
    }
    Usage <- function() {
        cat("Usage: R CMD Sweave [options] file", "", "A front-end for Sweave and other vignette engines, via buildVignette()", "", "Options:", "  -h, --help      print this help message and exit", "  -v, --version   print version info and exit", "  --driver=name   use named Sweave driver", "  --engine=pkg::engine  use named vignette engine", "  --encoding=enc  default encoding 'enc' for file", "  --clean         corresponds to --clean=default", "  --clean=        remove some of the files created in the working directory:", 
            "                  \"default\" removes intermediate files;", "                  \"keepOuts\" keeps e.g. *.tex even when PDF is produced", "  --options=      comma-separated list of Sweave/engine options", "  --pdf           convert to PDF document", "  --compact=      try to compact PDF document:", "                  \"no\" (default), \"qpdf\", \"gs\", \"gs+qpdf\", \"both\"", "  --compact       same as --compact=qpdf", "", "Report bugs at <https://bugs.R-project.org>.", sep = "\n")
    }
    do_exit <- if (no.q) 
        function(status = 0L) (if (status) 
            stop
        else message)(".Sweave() exit status ", status)
    else function(status = 0L) q("no", status = status, runLast = FALSE)
    if (!length(args)) {
        Usage()
        do_exit(1L)
    }
    file <- character()
    driver <- encoding <- options <- ""
    engine <- NULL
    toPDF <- FALSE
    compact <- Sys.getenv("_R_SWEAVE_COMPACT_PDF_", "no")
    clean <- FALSE
    while (length(args)) {
        a <- args[1L]
        if (a %in% c("-h", "--help")) {
            Usage()
            do_exit()
        }
        else if (a %in% c("-v", "--version")) {
            cat("Sweave front-end: ", R.version[["major"]], ".", R.version[["minor"]], " (r", R.version[["svn rev"]], ")\n", sep = "")
            cat("", "Copyright (C) 2006-2014 The R Core Team.", "This is free software; see the GNU General Public License version 2", "or later for copying conditions.  There is NO warranty.", sep = "\n")
            do_exit()
        }
        else if (substr(a, 1, 9) == "--driver=") {
            driver <- substr(a, 10, 1000)
        }
        else if (substr(a, 1, 9) == "--engine=") {
            engine <- substr(a, 10, 1000)
        }
        else if (substr(a, 1, 11) == "--encoding=") {
            encoding <- substr(a, 12, 1000)
        }
        else if (a == "--clean") {
            clean <- TRUE
        }
        else if (substr(a, 1, 8) == "--clean=") {
            clean. <- substr(a, 9, 1000)
            clean <- switch(clean., default = TRUE, keepOuts = NA, message(gettextf("Warning: unknown option '--clean='%s", clean.), domain = NA))
        }
        else if (substr(a, 1, 10) == "--options=") {
            options <- substr(a, 11, 1000)
        }
        else if (a == "--pdf") {
            toPDF <- TRUE
        }
        else if (substr(a, 1, 10) == "--compact=") {
            compact <- substr(a, 11, 1000)
        }
        else if (a == "--compact") {
            compact <- "qpdf"
        }
        else if (startsWith(a, "-")) {
            message(gettextf("Warning: unknown option %s", sQuote(a)), domain = NA)
        }
        else file <- c(file, a)
        args <- args[-1L]
    }
    if (length(file) != 1L) {
        Usage()
        do_exit(1L)
    }
    args <- list(file = file, tangle = FALSE, latex = toPDF, engine = engine, clean = clean)
    if (nzchar(driver)) 
        args <- c(args, driver = driver)
    args <- c(args, encoding = encoding)
    if (nzchar(options)) {
        opts <- eval(str2expression(paste0("list(", options, ")")))
        args <- c(args, opts)
    }
    output <- do.call(tools::buildVignette, args)
    message("Output file:  ", output)
    if (toPDF && compact != "no" && length(output) == 1 && grepl(".pdf$", output, ignore.case = TRUE)) {
        message("Compacting PDF document")
        if (compact %in% c("gs", "gs+qpdf", "both")) {
            gs_cmd <- tools::find_gs_cmd(Sys.getenv("R_GSCMD", ""))
            gs_quality <- "ebook"
        }
        else {
            gs_cmd <- ""
            gs_quality <- "none"
        }
        qpdf <- if (compact %in% c("qpdf", "gs+qpdf", "both")) 
            Sys.which(Sys.getenv("R_QPDF", "qpdf"))
        else ""
        res <- tools::compactPDF(output, qpdf = qpdf, gs_cmd = gs_cmd, gs_quality = gs_quality)
        res <- format(res, diff = 1e+05)
        if (length(res)) 
            message(paste(format(res), collapse = "\n"))
    }
    do_exit()
}
#@ value internal .SweaveValidFilenameRegexp character
#@ closure internal .tryHelp
function (topic, package = NULL) 
{
    h <- tryCatch(do.call(help, list(topic, package = package)), error = identity)
    if (inherits(h, "error") || !length(h)) 
        NULL
    else h
}
#@ closure internal .win32consoleCompletion
function (linebuffer, cursorPosition, check.repeat = TRUE, minlength = -1) 
{
    isRepeat <- if (check.repeat) 
        (linebuffer == .CompletionEnv[["linebuffer"]] && cursorPosition == .CompletionEnv[["end"]])
    else TRUE
    .assignLinebuffer(linebuffer)
    .assignEnd(cursorPosition)
    .guessTokenFromLine()
    token <- .CompletionEnv[["token"]]
    comps <- if (nchar(token, type = "chars") < minlength) 
        character()
    else {
        .completeToken()
        .retrieveCompletions()
    }
    if (length(comps) == 0L) {
        addition <- ""
        possible <- character()
    }
    else if (length(comps) == 1L) {
        addition <- substr(comps, nchar(token, type = "chars") + 1L, 100000L)
        possible <- character()
    }
    else if (length(comps) > 1L) {
        additions <- substr(comps, nchar(token, type = "chars") + 1L, 100000L)
        if (length(table(substr(additions, 1L, 1L))) > 1L) {
            addition <- ""
            possible <- if (isRepeat) 
                capture.output(cat(format(comps, justify = "left"), fill = TRUE))
            else character()
        }
        else {
            keepUpto <- 1
            while (length(table(substr(additions, 1L, keepUpto))) == 1L) keepUpto <- keepUpto + 1L
            addition <- substr(additions[1L], 1L, keepUpto - 1L)
            possible <- character()
        }
    }
    list(addition = addition, possible = possible, comps = paste(comps, collapse = " "))
}
#@ closure internal [.bibentry
function (x, i, drop = TRUE) 
{
    if (!length(x)) 
        return(x)
    cl <- class(x)
    class(x) <- NULL
    if (is.character(i) && is.null(names(x))) 
        names(x) <- .bibentry_get_key(x)
    y <- x[i]
    if (!all(ok <- lengths(y) > 0L)) {
        warning("subscript out of bounds")
        y <- y[ok]
    }
    if (!drop) 
        attributes(y) <- attributes(x)[bibentry_list_attribute_names]
    class(y) <- cl
    y
}
#@ closure internal [.getAnywhere
function (x, i) 
{
    if (!is.numeric(i)) 
        stop("only numeric indices can be used")
    if (length(i) == 1L) 
        x$objs[[i]]
    else x$objs[i]
}
#@ closure internal [.news_db
function (x, i, j, drop) 
{
    y <- NextMethod()
    if (inherits(y, "news_db") && !missing(i) && !is.null(bad <- attr(x, "bad"))) {
        attr(y, "bad") <- bad[i]
    }
    y
}
#@ closure internal [.person
function (x, i) 
{
    rval <- unclass(x)[i]
    class(rval) <- class(x)
    return(rval)
}
#@ closure internal [.roman
function (x, i) 
{
    cl <- oldClass(x)
    y <- NextMethod("[")
    oldClass(y) <- cl
    y
}
#@ closure internal [[.bibentry
function (x, i, drop = TRUE) 
{
    if (!length(x)) 
        return(x)
    cl <- class(x)
    class(x) <- NULL
    if (is.character(i) && is.null(names(x))) 
        names(x) <- .bibentry_get_key(x)
    y <- x[i]
    if (!all(ok <- lengths(y) > 0L)) {
        warning("subscript out of bounds")
        y <- y[ok]
    }
    if (!drop) 
        attributes(y) <- attributes(x)[bibentry_list_attribute_names]
    class(y) <- cl
    y
}
#@ closure internal [[.hashtab
function (h, key, nomatch = NULL, ...) 
gethash(h, key, nomatch)
#@ closure internal [[.person
function (x, i) 
{
    rval <- unclass(x)[i]
    class(rval) <- class(x)
    return(rval)
}
#@ closure internal [[<-.hashtab
function (h, key, ..., value) 
{
    sethash(h, key, value)
    h
}
#@ closure internal %||%
function (L, R) 
if (is.null(L)) R else L
#@ closure internal $.bibentry
function (x, name) 
{
    if (!length(x)) 
        return(NULL)
    is_attribute <- name %in% bibentry_attribute_names
    rval <- if (is_attribute) 
        lapply(unclass(x), attr, name)
    else lapply(unclass(x), `[[`, tolower(name))
    if (length(rval) == 1L) 
        rval <- rval[[1L]]
    rval
}
#@ closure internal $.person
function (x, name) 
{
    name <- match.arg(name, c("given", "family", "role", "email", "comment", "first", "last", "middle"))
    if (name %in% c("first", "last", "middle")) {
        message(gettextf("It is recommended to use %s/%s instead of %s/%s/%s.", sQuote("given"), sQuote("family"), sQuote("first"), sQuote("middle"), sQuote("last")), domain = NA)
        oname <- name
        name <- switch(name, first = "given", middle = "given", last = "family")
    }
    else {
        oname <- name
    }
    rval <- lapply(unclass(x), function(p) p[[name]])
    if (oname == "first") 
        rval <- lapply(rval, head, 1L)
    if (oname == "middle") {
        rval <- lapply(rval, tail, -1L)
        if (any(ind <- (lengths(rval) == 0L))) 
            rval[ind] <- vector("list", length = sum(ind))
    }
    if (length(rval) == 1L) 
        rval <- rval[[1L]]
    rval
}
#@ closure internal $<-.bibentry
function (x, name, value) 
{
    is_attribute <- name %in% bibentry_attribute_names
    x <- unclass(x)
    if (!is_attribute) 
        name <- tolower(name)
    value <- rep_len(.listify(value), length(x))
    if (name == "bibtype") {
        stopifnot(all(lengths(value) == 1L))
        BibTeX_names <- names(tools:::BibTeX_entry_field_db)
        value <- unlist(value)
        pos <- match(tolower(value), tolower(BibTeX_names))
        if (anyNA(pos)) 
            stop(gettextf("%s has to be one of %s", sQuote("bibtype"), paste(BibTeX_names, collapse = ", ")), domain = NA)
        value <- as.list(BibTeX_names[pos])
    }
    for (i in seq_along(x)) {
        if (is_attribute) {
            attr(x[[i]], name) <- if (is.null(value[[i]])) 
                NULL
            else paste(value[[i]])
        }
        else {
            x[[i]][[name]] <- if (is.null(value[[i]])) 
                NULL
            else {
                if (name %in% c("author", "editor")) 
                  as.person(value[[i]])
                else paste(value[[i]])
            }
        }
    }
    for (i in seq_along(x)) .bibentry_check_bibentry1(x[[i]])
    .bibentry(x)
}
#@ closure internal $<-.citation
function (x, name, value) 
.citation(NextMethod("$<-"), attr(x, "package"))
#@ closure internal $<-.person
function (x, name, value) 
{
    name <- match.arg(name, c("given", "family", "role", "email", "comment"))
    x <- .listify(unclass(x))
    value <- rep_len(value, length(x))
    if (name == "role") 
        value <- lapply(value, .canonicalize_person_role)
    for (i in seq_along(x)) {
        x[[i]][[name]] <- if (.is_not_nonempty_text(value[[i]])) 
            NULL
        else as.character(value[[i]])
    }
    class(x) <- "person"
    x
}
#@ closure exported adist
function (x, y = NULL, costs = NULL, counts = FALSE, fixed = TRUE, partial = !fixed, ignore.case = FALSE, useBytes = FALSE) 
{
    bytesToInt <- function(x) {
        if (is.na(x)) 
            return(NA_integer_)
        as.integer(charToRaw(x))
    }
    costs <- .amatch_costs(costs)
    nmx <- names(x)
    x <- as.character(x)
    names(x) <- nmx
    if (!is.null(y)) {
        nmy <- names(y)
        y <- as.character(y)
        names(y) <- nmy
    }
    if (!isFALSE(fixed) && !isTRUE(partial)) {
        ex <- Encoding(x)
        useBytes <- isTRUE(useBytes) || any(ex == "bytes")
        if (!is.null(y)) {
            ey <- Encoding(y)
            useBytes <- useBytes || any(ey == "bytes")
        }
        if (useBytes) {
            x <- lapply(x, bytesToInt)
            y <- if (is.null(y)) {
                x
            }
            else {
                lapply(y, bytesToInt)
            }
        }
        else {
            ignore.case <- isTRUE(ignore.case)
            x <- if (ignore.case) {
                lapply(tolower(enc2utf8(x)), utf8ToInt)
            }
            else {
                lapply(enc2utf8(x), utf8ToInt)
            }
            y <- if (is.null(y)) {
                x
            }
            else if (ignore.case) {
                lapply(tolower(enc2utf8(y)), utf8ToInt)
            }
            else {
                lapply(enc2utf8(y), utf8ToInt)
            }
        }
    }
    else {
        if (is.null(y)) {
            y <- x
        }
        costs <- as.integer(costs)
    }
    .Internal(adist(x, y, costs, counts, fixed, partial, ignore.case, useBytes))
}
#@ closure exported alarm
function () 
{
    cat("\a")
    flush.console()
}
#@ closure exported apropos
function (what, where = FALSE, ignore.case = TRUE, mode = "any") 
{
    stopifnot(is.character(what))
    x <- character(0L)
    check.mode <- mode != "any"
    for (i in seq_along(sp <- search())) {
        li <- if (ignore.case) 
            grep(what, ls(pos = i, all.names = TRUE), ignore.case = TRUE, value = TRUE)
        else ls(pos = i, pattern = what, all.names = TRUE)
        li <- grep("^[.](__|C_|F_)", li, invert = TRUE, value = TRUE)
        if (sp[i] == "package:base") 
            li <- li[!li %in% .dot_internals]
        if (length(li)) {
            if (check.mode) 
                li <- li[vapply(li, exists, NA, where = i, mode = mode, inherits = FALSE)]
            x <- c(x, if (where) structure(li, names = rep.int(i, length(li))) else li)
        }
    }
    sort(x)
}
#@ closure exported aregexec
function (pattern, text, max.distance = 0.1, costs = NULL, ignore.case = FALSE, fixed = FALSE, useBytes = FALSE) 
{
    costs <- as.integer(.amatch_costs(costs))
    bounds <- .amatch_bounds(max.distance)
    .Internal(aregexec(as.character(pattern), as.character(text), bounds, costs, ignore.case, fixed, useBytes))
}
#@ closure internal argNames
function (fname, use.arg.db = .CompletionEnv$settings[["argdb"]]) 
{
    if (use.arg.db) 
        args <- .FunArgEnv[[fname]]
    if (!is.null(args)) 
        return(args)
    args <- do.call(argsAnywhere, list(fname))
    if (is.null(args)) 
        character()
    else if (is.list(args)) 
        unlist(lapply(args, function(f) names(formals(f))))
    else names(formals(args))
}
#@ closure exported argsAnywhere
function (x) 
{
    if (tryCatch(!is.character(x), error = function(e) TRUE)) 
        x <- as.character(substitute(x))
    fs <- getAnywhere(x)
    if (sum(!fs$dups) == 0L) 
        return(NULL)
    if (sum(!fs$dups) > 1L) 
        sapply(fs$objs[!fs$dups], function(f) if (is.function(f)) 
            args(f))
    else args(fs$objs[[1L]])
}
#@ closure internal as.bibentry
function (x) 
UseMethod("as.bibentry")
#@ opaque internal as.bibentry.bibentry environment:other
#@ closure internal as.bibentry.citation
function (x) 
{
    class(x) <- "bibentry"
    x
}
#@ closure internal as.character.person
function (x, ...) 
format(x, ...)
#@ closure internal as.character.roman
function (x, ...) 
.numeric2roman(x)
#@ closure internal as.environment.hashtab
function (x) 
stop("invalid object for 'as.environment'")
#@ closure exported as.person
function (x) 
UseMethod("as.person")
#@ closure internal as.person.default
function (x) 
{
    if (inherits(x, "person")) 
        return(x)
    x <- trimws(as.character(x))
    if (!length(x)) 
        return(person())
    strings <- function(n, c = "z") {
        vapply(Map(rep.int, rep.int(c, length(n)), n, USE.NAMES = FALSE), paste, "", collapse = "")
    }
    zify <- function(pattern, x) {
        if (!length(x)) 
            return(character())
        m <- gregexpr(pattern, x)
        regmatches(x, m) <- Map(strings, lapply(regmatches(x, m), nchar))
        x
    }
    y <- zify("\\([^)]*\\)", x)
    y <- zify("\\[[^]]*\\]", y)
    y <- zify("<[^>]*>", y)
    pattern <- "[[:space:]]?(,|,?[[:space:]]and)[[:space:]]+"
    x <- do.call(c, regmatches(x, gregexpr(pattern, y), invert = TRUE))
    x <- x[!vapply(x, .is_not_nonempty_text, NA)]
    jr <- which(!is.na(match(x, c("Jr", "Jr.", "jr", "jr."))))
    if (length(jr)) {
        jr <- jr[jr > 1L]
        x[jr - 1L] <- paste(x[jr - 1L], x[jr], sep = ", ")
        x <- x[-jr]
    }
    if (!length(x)) 
        return(person())
    as_person1 <- function(x) {
        comment <- if (grepl("\\(.*\\)", x)) 
            sub(".*\\(([^)]*)\\).*", "\\1", x)
        else NULL
        x <- sub("[[:space:]]*\\([^)]*\\)", "", x)
        email <- if (grepl("<.*>", x)) 
            unlist(strsplit(gsub("[[:space:]]*", "", sub(".*<([^>]*)>.*", "\\1", x)), ",", fixed = TRUE))
        else NULL
        x <- sub("[[:space:]]*<[^>]*>", "", x)
        role <- if (grepl("\\[.*\\]", x)) 
            unlist(strsplit(gsub("[[:space:]]*", "", sub(".*\\[([^]]*)\\].*", "\\1", x)), ",", fixed = TRUE))
        else NULL
        x <- sub("[[:space:]]*\\[[^)]*\\]", "", x)
        x <- unlist(strsplit(x, "[[:space:]]+"))
        jr <- c("Jr", "Jr.")
        von <- c("De", "Den", "Der", "La", "Le", "Ten", "Van", "Von")
        family <- x[length(x)]
        given <- x[-length(x)]
        if (length(family) && !is.na(match(family, c(jr, tolower(jr))))) {
            family <- paste(given[length(given)], family)
            given <- given[-length(given)]
        }
        if ((ng <- length(given)) && !is.na(match(gng <- given[ng], c(von, tolower(von))))) {
            family <- paste(gng, family)
            given <- given[-ng]
        }
        if ((ng <- length(given)) && !is.na(match(gng <- given[ng], c(von, tolower(von))))) {
            family <- paste(gng, family)
            given <- given[-ng]
        }
        z <- person(given = given, family = family, email = email, role = role, comment = comment)
        return(z)
    }
    as.list(do.call(c, lapply(x, as_person1)))
}
#@ closure exported as.personList
function (x) 
UseMethod("as.personList")
#@ closure internal as.personList.default
function (x) 
{
    if (inherits(x, "person")) 
        return(x)
    do.call(c, lapply(x, as.person))
}
#@ closure internal as.personList.person
function (x) 
x
#@ closure exported as.relistable
function (x) 
{
    if (!inherits(x, "relistable")) 
        class(x) <- c("relistable", class(x))
    x
}
#@ closure exported as.roman
function (x) 
.as.roman(x, check.range = TRUE)
#@ closure exported asDateBuilt
function (built) 
{
    as.Date(strsplit(built, split = "; ", fixed = TRUE)[[1L]][[3L]], format = "%Y-%m-%d")
}
#@ closure exported askYesNo
function (msg, default = TRUE, prompts = getOption("askYesNo", gettext(c("Yes", "No", "Cancel"))), ...) 
{
    if (is.character(prompts) && length(prompts) == 1) 
        prompts <- strsplit(prompts, "/")[[1]]
    if (!is.character(prompts) || length(prompts) != 3) {
        fn <- match.fun(prompts)
        return(fn(msg = msg, default = default, prompts = prompts, ...))
    }
    choices <- tolower(prompts)
    if (is.na(default)) 
        choices[3L] <- prompts[3L]
    else if (default) 
        choices[1L] <- prompts[1L]
    else choices[2L] <- prompts[2L]
    msg1 <- paste0("(", paste(choices, collapse = "/"), ") ")
    if (nchar(paste0(msg, msg1)) > 250) {
        cat(msg, "\n")
        msg <- msg1
    }
    else msg <- paste0(msg, " ", msg1)
    ans <- readline(msg)
    match <- pmatch(tolower(ans), tolower(choices))
    if (!nzchar(ans)) 
        default
    else if (is.na(match)) 
        stop("Unrecognized response ", dQuote(ans))
    else c(TRUE, FALSE, NA)[match]
}
#@ closure exported aspell
function (files, filter, control = list(), encoding = "unknown", program = NULL, dictionaries = character()) 
{
    program <- aspell_find_program(program)
    if (is.na(program)) 
        stop("No suitable spell-checker program found")
    if (inherits(files, "Rd")) 
        files <- list(files)
    files_are_names <- is.character(files)
    filter_args <- list()
    if (missing(filter) || is.null(filter)) {
        filter <- if (!files_are_names) {
            function(ifile, encoding) {
                if (inherits(ifile, "srcfile")) 
                  readLines(ifile$filename, encoding = encoding, warn = FALSE)
                else if (inherits(ifile, "connection")) 
                  readLines(ifile, encoding = encoding, warn = FALSE)
                else {
                  as.character(ifile)
                }
            }
        }
        else NULL
    }
    else if (is.character(filter)) {
        filter_name <- filter[1L]
        filter <- aspell_filter_db[[filter_name]]
        if (is.null(filter)) 
            warning(gettextf("Filter '%s' is not available.", filter_name), domain = NA)
    }
    else if (is.list(filter)) {
        filter_name <- filter[[1L]][1L]
        filter_args <- filter[-1L]
        filter <- aspell_filter_db[[filter_name]]
        if (is.null(filter)) 
            warning(gettextf("Filter '%s' is not available.", filter_name), domain = NA)
    }
    else if (!is.function(filter)) 
        stop("Invalid 'filter' argument.")
    encoding <- rep_len(encoding, length(files))
    verbose <- getOption("verbose")
    db <- data.frame(Original = character(), File = character(), Line = integer(), Column = integer(), stringsAsFactors = FALSE)
    db$Suggestions <- list()
    tfile <- tempfile("aspell")
    on.exit(unlink(tfile))
    if (length(dictionaries)) {
        paths <- aspell_find_dictionaries(dictionaries)
        ind <- paths == ""
        if (any(ind)) {
            warning(gettextf("The following dictionaries were not found:\n%s", paste(sprintf("  %s", dictionaries[ind]), collapse = "\n")), domain = NA)
            paths <- paths[!ind]
        }
        if (length(paths)) {
            words <- unlist(lapply(paths, readRDS), use.names = FALSE)
            personal <- tempfile("aspell_personal")
            on.exit(unlink(personal), add = TRUE)
            aspell_write_personal_dictionary_file(words, personal, program = program)
            control <- c(control, "-p", shQuote(personal))
        }
    }
    control <- as.character(control)
    fnames <- names(files)
    files <- as.list(files)
    for (i in seq_along(files)) {
        file <- files[[i]]
        if (files_are_names) 
            fname <- file
        else {
            fname <- if (inherits(file, "srcfile")) 
                file$filename
            else attr(attr(file, "srcref"), "srcfile")$filename
            if (is.null(fname)) 
                fname <- fnames[i]
            if (is.null(fname)) 
                fname <- "<unknown>"
        }
        enc <- encoding[i]
        if (verbose) 
            message(gettextf("Processing file %s", fname), domain = NA)
        lines <- if (is.null(filter)) 
            readLines(file, encoding = enc, warn = FALSE)
        else {
            do.call(filter, c(list(file, encoding = enc), filter_args))
        }
        control <- c(control, attr(lines, "control"))
        writeLines(paste0("^", lines), tfile)
        out <- tools:::.system_with_capture(program, c("-a", control), stdin = tfile)
        if (out$status != 0L) 
            stop(gettextf("Running aspell failed with diagnostics:\n%s", paste(out$stderr, collapse = "\n")), domain = NA)
        lines <- out$stdout[-1L]
        pos <- cumsum(lines == "") + 1L
        if (any(ind <- startsWith(lines, "&"))) {
            info <- strsplit(lines[ind], ": ", fixed = TRUE)
            one <- strsplit(sapply(info, `[`, 1L), " ", fixed = TRUE)
            two <- strsplit(sapply(info, `[`, 2L), ", ", fixed = TRUE)
            db1 <- list2DF(list(Original = vapply(one, `[`, "", 2L), File = rep_len(fname, length(one)), Line = pos[ind], Column = as.integer(vapply(one, `[`, "", 4L)), Suggestions = two))
            db <- rbind(db, db1)
        }
        if (any(ind <- startsWith(lines, "#"))) {
            one <- strsplit(lines[ind], " ", fixed = TRUE)
            db1 <- list2DF(list(Original = vapply(one, `[`, "", 2L), File = rep_len(fname, length(one)), Line = pos[ind], Column = as.integer(vapply(one, `[`, "", 3L)), Suggestions = vector("list", length(one))))
            db <- rbind(db, db1)
        }
    }
    class(db) <- c("aspell", "data.frame")
    db
}
#@ value internal aspell_control_package_vignettes list
#@ value internal aspell_control_R_manuals list
#@ value internal aspell_control_R_Rd_files list
#@ value internal aspell_control_R_vignettes list
#@ value internal aspell_dictionaries_R character
#@ value internal aspell_filter_db environment
#@ closure internal aspell_find_dictionaries
function (dictionaries, dirnames = character()) 
{
    dictionaries <- as.character(dictionaries)
    if (!(n <- length(dictionaries))) 
        return(character())
    dirnames <- c(file.path(R.home("share"), "dictionaries"), dirnames)
    if (any(ind <- !endsWith(dictionaries, ".rds"))) 
        dictionaries[ind] <- sprintf("%s.rds", dictionaries[ind])
    out <- character(n)
    ind <- grepl(.Platform$file.sep, dictionaries, fixed = TRUE)
    if (length(pos <- which(ind))) {
        pos <- pos[file_test("-f", dictionaries[pos])]
        out[pos] <- normalizePath(dictionaries[pos], "/")
    }
    if (length(pos <- which(!ind))) {
        out[pos] <- find_files_in_directories(dictionaries[pos], dirnames)
    }
    out
}
#@ closure internal aspell_find_program
function (program = NULL) 
{
    check <- !is.null(program) || !is.null(names(program))
    if (is.null(program)) 
        program <- getOption("aspell_program")
    if (is.null(program)) 
        program <- c("aspell", "hunspell", "ispell")
    program <- Filter(nzchar, Sys.which(program))[1L]
    if (!is.na(program) && check) {
        out <- c(system(sprintf("%s -v", program), intern = TRUE), "")[1L]
        if (grepl("really Aspell", out)) 
            names(program) <- "aspell"
        else if (grepl("really Hunspell", out)) 
            names(program) <- "hunspell"
        else if (grepl("International Ispell", out)) 
            names(program) <- "ispell"
        else names(program) <- NA_character_
    }
    program
}
#@ closure internal aspell_inspect_context
function (x) 
{
    x <- split(x, x$File)
    y <- Map(function(f, x) {
        lines <- readLines(f, warn = FALSE)[x$Line]
        cbind(f, x$Line, substring(lines, 1L, x$Column - 1L), x$Original, substring(lines, x$Column + nchar(x$Original)))
    }, names(x), x)
    y <- data.frame(do.call(rbind, y), stringsAsFactors = FALSE)
    names(y) <- c("File", "Line", "Left", "Original", "Right")
    class(y) <- c("aspell_inspect_context", "data.frame")
    y
}
#@ closure internal aspell_package
function (dir, control = list(), program = NULL, dictionaries = character()) 
{
    args <- list(dir = dir, program = program, control = control, dictionaries = dictionaries)
    a <- rbind(do.call(aspell_package_description, args), do.call(aspell_package_Rd_files, args), do.call(aspell_package_vignettes, args), do.call(aspell_package_R_files, args), do.call(aspell_package_C_files, args))
    if (nrow(a)) {
        a$File <- tools:::file_path_relative_to(a$File, dirname(dir), parent = FALSE)
    }
    a
}
#@ closure exported aspell_package_C_files
function (dir, ignore = character(), control = list(), program = NULL, dictionaries = character()) 
{
    dir <- tools::file_path_as_absolute(dir)
    files <- file.path(dir, "po", paste(basename(dir), "pot", collapse = "."))
    files <- files[file_test("-f", files)]
    meta <- tools:::.get_package_metadata(dir, installed = FALSE)
    if (is.na(encoding <- meta["Encoding"])) 
        encoding <- "unknown"
    defaults <- .aspell_package_defaults(dir, encoding)$C_files
    if (!is.null(defaults)) {
        if (!is.null(d <- defaults$ignore)) 
            ignore <- d
        if (!is.null(d <- defaults$control)) 
            control <- d
        if (!is.null(d <- defaults$program)) 
            program <- d
        if (!is.null(d <- defaults$dictionaries)) {
            dictionaries <- aspell_find_dictionaries(d, file.path(dir, ".aspell"))
        }
    }
    program <- aspell_find_program(program)
    aspell(files, filter = list("pot", ignore = ignore), control = control, encoding = encoding, program = program, dictionaries = dictionaries)
}
#@ closure internal aspell_package_description
function (dir, ignore = character(), control = list(), program = NULL, dictionaries = character()) 
{
    dir <- tools::file_path_as_absolute(dir)
    files <- file.path(dir, "DESCRIPTION")
    meta <- tools:::.get_package_metadata(dir, installed = FALSE)
    if (is.na(encoding <- meta["Encoding"])) 
        encoding <- "unknown"
    defaults <- Sys.getenv("_R_ASPELL_USE_DEFAULTS_FOR_PACKAGE_DESCRIPTION_", "TRUE")
    defaults <- if (tools:::config_val_to_logical(defaults)) {
        .aspell_package_defaults(dir, encoding)$description
    }
    else NULL
    if (!is.null(defaults)) {
        if (!is.null(d <- defaults$ignore)) 
            ignore <- d
        if (!is.null(d <- defaults$control)) 
            control <- d
        if (!is.null(d <- defaults$program)) 
            program <- d
        if (!is.null(d <- defaults$dictionaries)) {
            dictionaries <- aspell_find_dictionaries(d, file.path(dir, ".aspell"))
        }
    }
    program <- aspell_find_program(program)
    aspell(files, filter = list("dcf", ignore = ignore), control = control, encoding = encoding, program = program, dictionaries = dictionaries)
}
#@ closure internal aspell_package_pot_files
function (dir, ignore = character(), control = list(), program = NULL, dictionaries = character()) 
{
    dir <- tools::file_path_as_absolute(dir)
    subdir <- file.path(dir, "po")
    files <- if (dir.exists(subdir)) 
        Sys.glob(file.path(subdir, "*.pot"))
    else character()
    meta <- tools:::.get_package_metadata(dir, installed = FALSE)
    if (is.na(encoding <- meta["Encoding"])) 
        encoding <- "unknown"
    program <- aspell_find_program(program)
    aspell(files, filter = list("pot", ignore = ignore), control = control, encoding = encoding, program = program, dictionaries = dictionaries)
}
#@ closure exported aspell_package_R_files
function (dir, ignore = character(), control = list(), program = NULL, dictionaries = character()) 
{
    dir <- tools::file_path_as_absolute(dir)
    subdir <- file.path(dir, "R")
    files <- if (dir.exists(subdir)) 
        tools::list_files_with_type(subdir, "code", OS_subdirs = c("unix", "windows"))
    else character()
    meta <- tools:::.get_package_metadata(dir, installed = FALSE)
    if (is.na(encoding <- meta["Encoding"])) 
        encoding <- "unknown"
    defaults <- .aspell_package_defaults(dir, encoding)$R_files
    if (!is.null(defaults)) {
        if (!is.null(d <- defaults$ignore)) 
            ignore <- d
        if (!is.null(d <- defaults$control)) 
            control <- d
        if (!is.null(d <- defaults$program)) 
            program <- d
        if (!is.null(d <- defaults$dictionaries)) {
            dictionaries <- aspell_find_dictionaries(d, file.path(dir, ".aspell"))
        }
    }
    program <- aspell_find_program(program)
    aspell(files, filter = list("R", ignore = ignore), control = control, encoding = encoding, program = program, dictionaries = dictionaries)
}
#@ closure exported aspell_package_Rd_files
function (dir, drop = c("\\author", "\\references"), control = list(), program = NULL, dictionaries = character()) 
{
    dir <- normalizePath(dir, "/")
    subdir <- file.path(dir, "man")
    files <- if (dir.exists(subdir)) 
        tools::list_files_with_type(subdir, "docs", OS_subdirs = c("unix", "windows"))
    else character()
    meta <- tools:::.get_package_metadata(dir, installed = FALSE)
    if (is.na(encoding <- meta["Encoding"])) 
        encoding <- "unknown"
    defaults <- .aspell_package_defaults(dir, encoding)$Rd_files
    if (!is.null(defaults)) {
        if (!is.null(d <- defaults$drop)) 
            drop <- d
        if (!is.null(d <- defaults$control)) 
            control <- d
        if (!is.null(d <- defaults$program)) 
            program <- d
        if (!is.null(d <- defaults$dictionaries)) {
            dictionaries <- aspell_find_dictionaries(d, file.path(dir, ".aspell"))
        }
        if (!is.null(d <- defaults$personal)) 
            control <- c(control, sprintf("-p %s", shQuote(file.path(dir, ".aspell", d))))
    }
    macros <- tools::loadPkgRdMacros(dir, macros = file.path(R.home("share"), "Rd", "macros", "system.Rd"))
    aspell(files, filter = list("Rd", drop = drop, macros = macros), control = control, encoding = encoding, program = program, dictionaries = dictionaries)
}
#@ closure exported aspell_package_vignettes
function (dir, control = list(), program = NULL, dictionaries = character()) 
{
    dir <- tools::file_path_as_absolute(dir)
    vinfo <- tools::pkgVignettes(dir = dir)
    files <- vinfo$docs
    if (!length(files)) 
        return(aspell(character()))
    meta <- tools:::.get_package_metadata(dir, installed = FALSE)
    if (is.na(encoding <- meta["Encoding"])) 
        encoding <- "unknown"
    defaults <- .aspell_package_defaults(dir, encoding)$vignettes
    if (!is.null(defaults)) {
        if (!is.null(d <- defaults$control)) 
            control <- d
        if (!is.null(d <- defaults$program)) 
            program <- d
        if (!is.null(d <- defaults$dictionaries)) {
            dictionaries <- aspell_find_dictionaries(d, file.path(dir, ".aspell"))
        }
        if (!is.null(d <- defaults$personal)) 
            control <- c(control, sprintf("-p %s", shQuote(file.path(dir, ".aspell", d))))
    }
    program <- aspell_find_program(program)
    fgroups <- split(files, vinfo$engines)
    egroups <- split(vinfo$encodings, vinfo$engines)
    do.call(rbind, Map(function(fgroup, egroup, engine) {
        engine <- tools::vignetteEngine(engine)
        aspell(fgroup, filter = engine$aspell$filter, control = c(engine$aspell$control, aspell_control_package_vignettes[[names(program)]], control), encoding = egroup, program = program, dictionaries = dictionaries)
    }, fgroups, egroups, names(fgroups)))
}
#@ closure internal aspell_R_C_files
function (which = NULL, dir = NULL, ignore = c("[ \t]'[[:alnum:]_.]*'[ \t[:punct:]]", "[ \t][[:alnum:]_.]*\\(\\)[ \t[:punct:]]"), program = NULL, dictionaries = aspell_dictionaries_R) 
{
    if (is.null(dir)) 
        dir <- tools:::.R_top_srcdir_from_Rd()
    if (is.null(which)) 
        which <- tools:::.get_standard_package_names()$base
    if (!is.na(pos <- match("base", which))) 
        which[pos] <- "R"
    files <- sprintf("%s.pot", file.path(dir, "src", "library", which, "po", which))
    files <- files[file_test("-f", files)]
    program <- aspell_find_program(program)
    aspell(files, filter = list("pot", ignore = ignore), control = aspell_control_R_Rd_files[[names(program)]], program = program, dictionaries = dictionaries)
}
#@ closure internal aspell_R_manuals
function (which = NULL, dir = NULL, program = NULL, dictionaries = aspell_dictionaries_R) 
{
    if (is.null(dir)) 
        dir <- tools:::.R_top_srcdir_from_Rd()
    files <- if (is.null(which)) {
        Sys.glob(file.path(dir, "doc", "manual", "*.texi"))
    }
    else {
        ind <- which(which == basename(tools::file_path_sans_ext(which)))
        which[ind] <- file.path(dir, "doc", "manual", sprintf("%s.texi", which[ind]))
        which
    }
    program <- aspell_find_program(program)
    aspell(files, control = aspell_control_R_manuals[[names(program)]], program = program, dictionaries = dictionaries)
}
#@ closure internal aspell_R_R_files
function (which = NULL, dir = NULL, ignore = c("[ \t]'[^']*'[ \t[:punct:]]", "[ \t][[:alnum:]_.]*\\(\\)[ \t[:punct:]]"), program = NULL, dictionaries = aspell_dictionaries_R) 
{
    if (is.null(dir)) 
        dir <- tools:::.R_top_srcdir_from_Rd()
    if (is.null(which)) 
        which <- tools:::.get_standard_package_names()$base
    files <- unlist(lapply(file.path(dir, "src", "library", which, "R"), tools::list_files_with_type, "code", OS_subdirs = c("unix", "windows")), use.names = FALSE)
    program <- aspell_find_program(program)
    aspell(files, filter = list("R", ignore = ignore), control = aspell_control_R_Rd_files[[names(program)]], program = program, dictionaries = dictionaries)
}
#@ closure internal aspell_R_Rd_files
function (which = NULL, dir = NULL, drop = "\\references", program = NULL, dictionaries = aspell_dictionaries_R) 
{
    files <- character()
    if (is.null(dir)) 
        dir <- tools:::.R_top_srcdir_from_Rd()
    if (is.null(which)) {
        which <- tools:::.get_standard_package_names()$base
        files <- c(file.path(dir, "doc", "NEWS.Rd"), file.path(dir, "src", "gnuwin32", "CHANGES.Rd"))
        files <- files[file_test("-f", files)]
    }
    files <- c(files, unlist(lapply(file.path(dir, "src", "library", which, "man"), tools::list_files_with_type, "docs", OS_subdirs = c("unix", "windows")), use.names = FALSE))
    program <- aspell_find_program(program)
    aspell(files, filter = list("Rd", drop = drop), control = aspell_control_R_Rd_files[[names(program)]], program = program, dictionaries = dictionaries)
}
#@ closure internal aspell_R_vignettes
function (program = NULL, dictionaries = aspell_dictionaries_R) 
{
    files <- Sys.glob(file.path(tools:::.R_top_srcdir_from_Rd(), "src", "library", "*", "vignettes", "*.Rnw"))
    program <- aspell_find_program(program)
    aspell(files, filter = "Sweave", control = aspell_control_R_vignettes[[names(program)]], program = program, dictionaries = dictionaries)
}
#@ closure exported aspell_write_personal_dictionary_file
function (x, out, language = "en", program = NULL) 
{
    if (inherits(x, "aspell")) 
        x <- sort(unique(x$Original))
    program <- aspell_find_program(program)
    if (is.na(program)) 
        stop("No suitable spell check program found.")
    if (names(program) == "aspell") {
        header <- sprintf("personal_ws-1.1 %s %d UTF-8", language, length(x))
        x <- enc2utf8(x)
    }
    else {
        header <- NULL
    }
    writeLines(c(header, x), out, useBytes = TRUE)
}
#@ closure exported assignInMyNamespace
function (x, value) 
{
    f <- sys.function(-1)
    ns <- environment(f)
    if (isS4(f)) 
        while (!isNamespace(ns)) ns <- parent.env(ns)
    if (bindingIsLocked(x, ns)) {
        unlockBinding(x, ns)
        assign(x, value, envir = ns, inherits = FALSE)
        w <- options("warn")
        on.exit(options(w))
        options(warn = -1)
        lockBinding(x, ns)
    }
    else assign(x, value, envir = ns, inherits = FALSE)
    if (!isBaseNamespace(ns)) {
        S3 <- getNamespaceInfo(ns, "S3methods")
        if (!length(S3)) 
            return(invisible(NULL))
        S3names <- S3[, 3L]
        if (x %in% S3names) {
            i <- match(x, S3names)
            genfun <- get(S3[i, 1L], mode = "function", envir = parent.frame())
            if (.isMethodsDispatchOn() && methods::is(genfun, "genericFunction")) 
                genfun <- methods::slot(genfun, "default")@methods$ANY
            defenv <- .defenv_for_S3_registry(genfun)
            S3Table <- get(".__S3MethodsTable__.", envir = defenv)
            remappedName <- paste(S3[i, 1L], S3[i, 2L], sep = ".")
            if (exists(remappedName, envir = S3Table, inherits = FALSE)) 
                assign(remappedName, value, S3Table)
        }
    }
    invisible(NULL)
}
#@ closure exported assignInNamespace
function (x, value, ns, pos = -1, envir = as.environment(pos)) 
{
    nf <- sys.nframe()
    if (missing(ns)) {
        nm <- attr(envir, "name", exact = TRUE)
        if (is.null(nm) || !startsWith(nm, "package:")) 
            stop("environment specified is not a package")
        ns <- asNamespace(substring(nm, 9L))
    }
    else ns <- asNamespace(ns)
    ns_name <- getNamespaceName(ns)
    if (nf > 1L) {
        if (ns_name %in% tools:::.get_standard_package_names()$base) 
            stop("locked binding of ", sQuote(x), " cannot be changed", domain = NA)
    }
    if (bindingIsLocked(x, ns)) {
        in_load <- Sys.getenv("_R_NS_LOAD_")
        if (nzchar(in_load)) {
            if (in_load != ns_name) {
                msg <- gettextf("changing locked binding for %s in %s whilst loading %s", sQuote(x), sQuote(ns_name), sQuote(in_load))
                if (!in_load %in% c("Matrix", "SparseM")) 
                  warning(msg, call. = FALSE, domain = NA, immediate. = TRUE)
            }
        }
        else if (nzchar(Sys.getenv("_R_WARN_ON_LOCKED_BINDINGS_"))) {
            warning(gettextf("changing locked binding for %s in %s", sQuote(x), sQuote(ns_name)), call. = FALSE, domain = NA, immediate. = TRUE)
        }
        unlockBinding(x, ns)
        assign(x, value, envir = ns, inherits = FALSE)
        w <- options("warn")
        on.exit(options(w))
        options(warn = -1)
        lockBinding(x, ns)
    }
    else {
        assign(x, value, envir = ns, inherits = FALSE)
    }
    if (!isBaseNamespace(ns)) {
        S3 <- .getNamespaceInfo(ns, "S3methods")
        if (!length(S3)) 
            return(invisible(NULL))
        S3names <- S3[, 3L]
        if (x %in% S3names) {
            i <- match(x, S3names)
            genfun <- get(S3[i, 1L], mode = "function", envir = parent.frame())
            if (.isMethodsDispatchOn() && methods::is(genfun, "genericFunction")) 
                genfun <- methods::slot(genfun, "default")@methods$ANY
            defenv <- .defenv_for_S3_registry(genfun)
            S3Table <- get(".__S3MethodsTable__.", envir = defenv)
            remappedName <- paste(S3[i, 1L], S3[i, 2L], sep = ".")
            if (exists(remappedName, envir = S3Table, inherits = FALSE)) 
                assign(remappedName, value, S3Table)
        }
    }
    invisible(NULL)
}
#@ closure internal attachedPackageCompletions
function (text, add = rc.getOption("package.suffix")) 
{
    if (.CompletionEnv$settings[["ns"]]) {
        s <- grep("^package", search(), value = TRUE)
        comps <- findExactMatches(sprintf("^%s", makeRegexpSafe(text)), substr(s, 9L, 1000000L))
        if (length(comps) && !is.null(add)) 
            sprintf("%s%s", comps, add)
        else comps
    }
    else character()
}
#@ value internal available_packages_filters_db environment
#@ value internal available_packages_filters_default character
#@ closure exported available.packages
function (contriburl = contrib.url(repos, type), method, fields = NULL, type = getOption("pkgType"), filters = NULL, repos = getOption("repos"), ignore_repo_cache = FALSE, max_repo_cache_age, quiet = TRUE, ...) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    requiredFields <- c(tools:::.get_standard_repository_db_fields(), "File")
    if (is.null(fields)) 
        fields <- requiredFields
    else {
        stopifnot(is.character(fields))
        fields <- unique(c(requiredFields, fields))
    }
    if (missing(max_repo_cache_age)) 
        max_repo_cache_age <- as.numeric(Sys.getenv("R_AVAILABLE_PACKAGES_CACHE_CONTROL_MAX_AGE", "3600"))
    timestamp <- Sys.time()
    res <- matrix(NA_character_, 0L, length(fields) + 1L, dimnames = list(NULL, c(fields, "Repository")))
    for (repos in contriburl) {
        localcran <- startsWith(repos, "file:")
        if (localcran) {
            if (startsWith(repos, "file:///")) {
                tmpf <- paste0(substring(repos, 8L), "/PACKAGES")
                if (.Platform$OS.type == "windows") {
                  if (length(grep("^/[A-Za-z]:", tmpf))) 
                    tmpf <- substring(tmpf, 2L)
                }
            }
            else {
                tmpf <- paste0(substring(repos, 6L), "/PACKAGES")
            }
            res0 <- if (file.exists(dest <- paste0(tmpf, ".rds"))) 
                readRDS(dest)
            else read.dcf(file = tmpf)
            if (length(res0)) 
                rownames(res0) <- res0[, "Package"]
        }
        else {
            used_dest <- FALSE
            if (ignore_repo_cache) {
                dest <- tempfile()
            }
            else {
                dest <- file.path(tempdir(), paste0("repos_", URLencode(repos, TRUE), ".rds"))
                if (file.exists(dest)) {
                  age <- difftime(timestamp, file.mtime(dest), units = "secs")
                  if (isTRUE(age < max_repo_cache_age)) {
                    res0 <- readRDS(dest)
                    used_dest <- TRUE
                    if (length(res0)) 
                      rownames(res0) <- res0[, "Package"]
                  }
                  else unlink(dest)
                }
            }
            if (!used_dest) {
                need_dest <- FALSE
                op <- options(warn = -1L)
                z <- tryCatch({
                  download.file(url = paste0(repos, "/PACKAGES.rds"), destfile = dest, method = method, cacheOK = FALSE, quiet = quiet, mode = "wb", ...)
                }, error = identity)
                options(op)
                if (!inherits(z, "error")) {
                  z <- res0 <- tryCatch(readRDS(dest), error = identity)
                  if (ignore_repo_cache) 
                    unlink(dest)
                }
                if (inherits(z, "error")) {
                  if (!ignore_repo_cache) 
                    need_dest <- TRUE
                  tmpf <- tempfile()
                  on.exit(unlink(tmpf))
                  op <- options(warn = -1L)
                  z <- tryCatch({
                    download.file(url = paste0(repos, "/PACKAGES.gz"), destfile = tmpf, method = method, cacheOK = FALSE, quiet = quiet, mode = "wb", ...)
                  }, error = identity)
                  if (inherits(z, "error")) 
                    z <- tryCatch({
                      download.file(url = paste0(repos, "/PACKAGES"), destfile = tmpf, method = method, cacheOK = FALSE, quiet = quiet, mode = "wb", ...)
                    }, error = identity)
                  options(op)
                  if (!inherits(z, "error")) 
                    z <- res0 <- tryCatch(read.dcf(file = tmpf), error = identity)
                  unlink(tmpf)
                  on.exit()
                }
                if (inherits(z, "error")) {
                  warning(gettextf("unable to access index for repository %s", repos), ":\n  ", conditionMessage(z), call. = FALSE, immediate. = TRUE, domain = NA)
                  unlink(dest)
                  next
                }
                if (length(res0)) {
                  rownames(res0) <- res0[, "Package"]
                  if (need_dest) 
                    saveRDS(res0, dest, compress = TRUE)
                }
                else if (!need_dest) {
                  unlink(dest)
                }
            }
        }
        if (length(res0)) {
            missingFields <- fields[!(fields %in% colnames(res0))]
            if (length(missingFields)) {
                toadd <- matrix(NA_character_, nrow = nrow(res0), ncol = length(missingFields), dimnames = list(NULL, missingFields))
                res0 <- cbind(res0, toadd)
            }
            if ("Path" %in% colnames(res0)) {
                rp <- rep.int(repos, nrow(res0))
                path <- res0[, "Path"]
                rp[!is.na(path)] <- paste(repos, path[!is.na(path)], sep = "/")
            }
            else rp <- repos
            res0 <- cbind(res0[, fields, drop = FALSE], Repository = rp)
            res <- rbind(res, res0, deparse.level = 0L)
        }
    }
    if (!length(res)) 
        return(res)
    if (is.null(filters)) {
        filters <- getOption("available_packages_filters")
        if (is.null(filters)) 
            filters <- available_packages_filters_default
    }
    if (is.list(filters)) {
        if (isTRUE(filters$add)) {
            filters$add <- NULL
            filters <- c(available_packages_filters_default, filters)
        }
    }
    for (f in filters) {
        if (!length(res)) 
            break
        if (is.character(f)) {
            f <- available_packages_filters_db[[f[1L]]]
        }
        if (!is.function(f)) 
            stop("invalid 'filters' argument.")
        res <- f(res)
    }
    res
}
#@ closure exported bibentry
function (bibtype, textVersion = NULL, header = NULL, footer = NULL, key = NULL, ..., other = list(), mheader = NULL, mfooter = NULL) 
{
    BibTeX_names <- names(tools:::BibTeX_entry_field_db)
    args <- c(list(...), other)
    if (!length(args)) 
        return(.bibentry())
    if (any(vapply(names(args), .is_not_nonempty_text, NA))) 
        stop("all fields have to be named")
    args <- c(list(bibtype = bibtype, textVersion = textVersion, header = header, footer = footer, key = key), list(...))
    args <- lapply(args, .listify)
    other <- lapply(other, .listify)
    max_length <- max(lengths(c(args, other)))
    args_length <- lengths(args)
    if (!all(args_length_ok <- args_length %in% c(1L, max_length))) 
        warning(gettextf("Not all arguments are of the same length, the following need to be recycled: %s", paste(names(args)[!args_length_ok], collapse = ", ")), domain = NA)
    args <- lapply(args, function(x) rep_len(x, max_length))
    other_length <- lengths(other)
    if (!all(other_length_ok <- other_length %in% c(1L, max_length))) 
        warning(gettextf("Not all arguments are of the same length, the following need to be recycled: %s", paste(names(other)[!other_length_ok], collapse = ", ")), domain = NA)
    other <- lapply(other, function(x) rep_len(x, max_length))
    bibentry1 <- function(bibtype, textVersion, header = NULL, footer = NULL, key = NULL, ..., other = list()) {
        bibtype <- as.character(bibtype)
        stopifnot(length(bibtype) == 1L)
        pos <- match(tolower(bibtype), tolower(BibTeX_names))
        if (is.na(pos)) 
            stop(gettextf("%s has to be one of %s", sQuote("bibtype"), paste(BibTeX_names, collapse = ", ")), domain = NA)
        bibtype <- BibTeX_names[pos]
        rval <- c(list(...), other)
        rval <- rval[!vapply(rval, .is_not_nonempty_text, NA)]
        fields <- tolower(names(rval))
        names(rval) <- fields
        attr(rval, "bibtype") <- bibtype
        .bibentry_check_bibentry1(rval)
        pos <- fields %in% c("author", "editor")
        if (any(pos)) {
            for (i in which(pos)) rval[[i]] <- as.person(rval[[i]])
        }
        if (any(!pos)) {
            for (i in which(!pos)) rval[[i]] <- as.character(rval[[i]])
        }
        attr(rval, "key") <- if (is.null(key)) 
            NULL
        else as.character(key)
        if (!is.null(textVersion)) 
            attr(rval, "textVersion") <- as.character(textVersion)
        if (!.is_not_nonempty_text(header)) 
            attr(rval, "header") <- paste(header, collapse = "\n")
        if (!.is_not_nonempty_text(footer)) 
            attr(rval, "footer") <- paste(footer, collapse = "\n")
        return(rval)
    }
    rval <- lapply(seq_along(args$bibtype), function(i) do.call(bibentry1, c(lapply(args, `[[`, i), list(other = lapply(other, `[[`, i)))))
    if (!.is_not_nonempty_text(mheader)) 
        attr(rval, "mheader") <- paste(mheader, collapse = "\n")
    if (!.is_not_nonempty_text(mfooter)) 
        attr(rval, "mfooter") <- paste(mfooter, collapse = "\n")
    .bibentry(rval)
}
#@ value internal bibentry_attribute_names character
#@ value internal bibentry_format_styles character
#@ value internal bibentry_list_attribute_names character
#@ closure internal blank_out_ignores_in_lines
function (lines, ignore) 
{
    args <- list()
    if (is.list(ignore)) {
        args <- ignore[-1L]
        ignore <- ignore[[1L]]
    }
    for (re in ignore[nzchar(ignore)]) lines <- do.call(blank_out_regexp_matches, c(list(lines, re), args))
    lines
}
#@ closure internal blank_out_regexp_matches
function (s, re, ...) 
{
    m <- gregexpr(re, s, ...)
    regmatches(s, m) <- Map(function(n) strrep(" ", n), lapply(regmatches(s, m), nchar))
    s
}
#@ value internal breakRE character
#@ closure exported browseEnv
function (envir = .GlobalEnv, pattern, excludepatt = "^last\\.warning", html = .Platform$GUI != "AQUA", expanded = TRUE, properties = NULL, main = NULL, debugMe = FALSE) 
{
    objlist <- ls(envir = envir, pattern = pattern)
    if (length(iX <- grep(excludepatt, objlist))) 
        objlist <- objlist[-iX]
    if (debugMe) {
        cat("envir= ")
        print(envir)
        cat("objlist =\n")
        print(objlist)
    }
    n <- length(objlist)
    if (n == 0L) {
        cat("Empty environment, nothing to do!\n")
        return(invisible())
    }
    str1 <- function(obj) {
        md <- mode(obj)
        lg <- length(obj)
        objdim <- dim(obj)
        if (length(objdim) == 0L) 
            dim.field <- paste("length:", lg)
        else {
            dim.field <- "dim:"
            for (i in seq_along(objdim)) dim.field <- paste(dim.field, objdim[i])
            if (is.matrix(obj)) 
                md <- "matrix"
        }
        obj.class <- oldClass(obj)
        if (!is.null(obj.class)) {
            md <- obj.class[1L]
            if (inherits(obj, "factor")) 
                dim.field <- paste("levels:", length(levels(obj)))
        }
        list(type = md, dim.field = dim.field)
    }
    N <- 0L
    M <- n
    IDS <- rep.int(NA, n)
    NAMES <- rep.int(NA, n)
    TYPES <- rep.int(NA, n)
    DIMS <- rep.int(NA, n)
    IsRoot <- rep.int(TRUE, n)
    Container <- rep.int(FALSE, n)
    ItemsPerContainer <- rep.int(0, n)
    ParentID <- rep.int(-1, n)
    for (objNam in objlist) {
        N <- N + 1L
        if (debugMe) 
            cat("  ", N, ":", objNam)
        obj <- get(objNam, envir = envir)
        sOb <- str1(obj)
        if (debugMe) 
            cat(", type=", sOb$type, ",", sOb$dim.field, "\n")
        IDS[N] <- N
        NAMES[N] <- objNam
        TYPES[N] <- sOb$type
        DIMS[N] <- sOb$dim.field
        if (is.recursive(obj) && !is.function(obj) && !is.environment(obj) && (lg <- length(obj))) {
            Container[N] <- TRUE
            ItemsPerContainer[N] <- lg
            nm <- names(obj)
            if (is.null(nm)) 
                nm <- paste0("[[", format(1L:lg), "]]")
            for (i in 1L:lg) {
                M <- M + 1
                ParentID[M] <- N
                if (nm[i] == "") 
                  nm[i] <- paste0("[[", i, "]]")
                s.l <- str1(obj[[i]])
                IDS <- c(IDS, M)
                NAMES <- c(NAMES, nm[i])
                TYPES <- c(TYPES, s.l$type)
                DIMS <- c(DIMS, s.l$dim.field)
            }
        }
        else if (!is.null(class(obj))) {
            if (inherits(obj, "table")) {
                obj.nms <- attr(obj, "dimnames")
                lg <- length(obj.nms)
                if (length(names(obj.nms)) > 0) 
                  nm <- names(obj.nms)
                else nm <- rep.int("", lg)
                Container[N] <- TRUE
                ItemsPerContainer[N] <- lg
                for (i in seq_len(lg)) {
                  M <- M + 1L
                  ParentID[M] <- N
                  if (nm[i] == "") 
                    nm[i] <- paste0("[[", i, "]]")
                  md.l <- mode(obj.nms[[i]])
                  objdim.l <- dim(obj.nms[[i]])
                  if (length(objdim.l) == 0L) 
                    dim.field.l <- paste("length:", length(obj.nms[[i]]))
                  else {
                    dim.field.l <- "dim:"
                    for (j in seq_along(objdim.l)) dim.field.l <- paste(dim.field.l, objdim.l[i])
                  }
                  IDS <- c(IDS, M)
                  NAMES <- c(NAMES, nm[i])
                  TYPES <- c(TYPES, md.l)
                  DIMS <- c(DIMS, dim.field.l)
                }
            }
            else if (inherits(obj, "mts")) {
                nm <- dimnames(obj)[[2L]]
                lg <- length(nm)
                Container[N] <- TRUE
                ItemsPerContainer[N] <- lg
                for (i in seq_len(lg)) {
                  M <- M + 1L
                  ParentID[M] <- N
                  md.l <- mode(obj[[i]])
                  dim.field.l <- paste("length:", dim(obj)[1L])
                  md.l <- "ts"
                  IDS <- c(IDS, M)
                  NAMES <- c(NAMES, nm[i])
                  TYPES <- c(TYPES, md.l)
                  DIMS <- c(DIMS, dim.field.l)
                }
            }
        }
    }
    if (debugMe) 
        cat(" __end {for}\n ")
    Container <- c(Container, rep.int(FALSE, M - N))
    IsRoot <- c(IsRoot, rep.int(FALSE, M - N))
    ItemsPerContainer <- c(ItemsPerContainer, rep.int(0, M - N))
    if (is.null(main)) 
        main <- paste("R objects in", deparse1(substitute(envir)))
    if (is.null(properties)) {
        properties <- as.list(c(date = format(Sys.time(), "%Y-%b-%d %H:%M"), local({
            si <- Sys.info()
            si[c("user", "nodename", "sysname")]
        })))
    }
    if (html) 
        wsbrowser(IDS, IsRoot, Container, ItemsPerContainer, ParentID, NAMES, TYPES, DIMS, kind = "HTML", main = main, properties = properties, expanded)
    else if (.Platform$GUI == "AQUA") {
        awsbrowser <- get("wsbrowser", envir = as.environment("tools:RGUI"))
        awsbrowser(as.integer(IDS), IsRoot, Container, as.integer(ItemsPerContainer), as.integer(ParentID), NAMES, TYPES, DIMS)
    }
    else stop("only 'html = TRUE' is supported on this platform")
}
#@ closure exported browseURL
function (url, browser = getOption("browser"), encodeIfNeeded = FALSE) 
{
    WINDOWS <- .Platform$OS.type == "windows"
    if (!is.character(url) || length(url) != 1L || !nzchar(url)) 
        stop("'url' must be a non-empty character string")
    if (identical(browser, "false")) 
        return(invisible())
    if (WINDOWS && is.null(browser)) 
        return(shell.exec(url))
    if (is.function(browser)) 
        return(invisible(browser(if (encodeIfNeeded) URLencode(url) else url)))
    if (!is.character(browser) || length(browser) != 1L || !nzchar(browser)) 
        stop("'browser' must be a non-empty character string")
    if (WINDOWS) {
        return(system(paste0("\"", browser, "\" ", if (encodeIfNeeded) URLencode(url) else url), wait = FALSE))
    }
    if (.Platform$GUI == "AQUA" || length(grep("^(localhost|):", Sys.getenv("DISPLAY")))) 
        isLocal <- TRUE
    else isLocal <- FALSE
    .shQuote <- function(string) paste0("\"", gsub("$", "\\$", string, fixed = TRUE), "\"")
    quotedUrl <- .shQuote(if (encodeIfNeeded) 
        URLencode(url)
    else url)
    remoteCmd <- if (isLocal) 
        switch(basename(browser), `gnome-moz-remote` = , open = quotedUrl, galeon = paste("-x", quotedUrl), kfmclient = paste("openURL", quotedUrl), mozilla = , opera = {
            paste0("-remote \"openURL(", gsub("([,)$])", "%\\1", url), ")\"")
        }, quotedUrl)
    else quotedUrl
    system(paste(browser, remoteCmd, "> /dev/null 2>&1 ||", browser, quotedUrl, "&"))
}
#@ closure exported browseVignettes
function (package = NULL, lib.loc = NULL, all = TRUE) 
{
    vinfo <- tools::getVignetteInfo(package, lib.loc, all)
    pkgs <- unique(vinfo[, "Package"])
    db <- lapply(pkgs, function(p) vinfo[vinfo[, "Package"] == p, , drop = FALSE])
    names(db) <- pkgs
    attr(db, "call") <- sys.call()
    attr(db, "footer") <- if (all) 
        ""
    else sprintf(gettext("Use <code> %s </code> \n to list the vignettes in all <strong>available</strong> packages."), "browseVignettes(all = TRUE)")
    class(db) <- "browseVignettes"
    return(db)
}
#@ closure exported bug.report
function (subject = "", address, file = "R.bug.report", package = NULL, lib.loc = NULL, ...) 
{
    baseR <- function() {
        writeLines(c("  Bug reports on R and the base packages need to be submitted", "  to the tracker at <https://bugs.R-project.org/>.", "", "  We will now try to open that website in a browser"))
        flush.console()
        Sys.sleep(2)
        browseURL("https://bugs.r-project.org/index.cgi")
    }
    if (is.null(package)) 
        return(baseR())
    DESC <- packageDescription(package, lib.loc)
    if (!inherits(DESC, "packageDescription")) 
        stop(gettextf("Package %s: DESCRIPTION file not found", sQuote(package)), domain = NA)
    info <- paste0(c("Package", " Version", " Maintainer", " Built"), ": ", c(DESC$Package, DESC$Version, DESC$Maintainer, DESC$Built))
    info <- c(info, "", bug.report.info())
    if (identical(DESC$Priority, "base")) 
        return(baseR())
    findEmail2 <- function(x) {
        x <- paste(x, collapse = " ")
        if (grepl("mailto:", x)) 
            sub(".*mailto:([^ ]+).*", "\\1", x)
        else if (grepl("[^<]*<([^>]+)", x)) 
            sub("[^<]*<([^>]+)>.*", "\\1", x)
        else if (grepl("(^|.* )[^ ]+@[[:alnum:]._]+", x)) 
            sub("(^|.* )([^ ]+@[[:alnum:]._]+).*", "\\2", x)
        else NA_character_
    }
    BR <- DESC$BugReports
    if (!is.null(BR) && nzchar(BR)) {
        BR <- trimws(BR)
        if (grepl("^https?://", BR)) {
            writeLines(info)
            cat("\nThis package has a bug submission web page, which we will now attempt\n", "to open.  The information above may be useful in your report.\n", "If the web page does not work, you should send email to the maintainer,\n", DESC$Maintainer, ".\n", sep = "")
            flush.console()
            Sys.sleep(2)
            browseURL(BR)
            return(invisible())
        }
        else {
            cat("This package has a BugReports field which is not the URL of a web page:\n\n", "  BugReports: ", BR, "\n\n", sep = "")
            em <- findEmail2(BR)
            if (!is.na(em)) {
                cat("It appears to contain an email address, so we will try that.\n\n")
                address <- em
            }
            else cat("We will ignore it and email the maintainer.\n\n")
            flush.console()
            Sys.sleep(2)
        }
    }
    CT <- DESC$Contact
    if (!is.null(CT) && nzchar(CT)) {
        cat("This package has a Contact field:\n\n", "  Contact: ", CT, "\n\n", sep = "")
        em <- findEmail2(CT)
        if (!is.na(em)) {
            cat("That appears to contain an email address, so we will try that\n")
            address <- em
        }
        else cat("We cannot make sense of that, so will ignore it.\n\n")
        flush.console()
        Sys.sleep(2)
    }
    if (missing(address)) {
        findEmail <- function(x) {
            x <- paste(x, collapse = " ")
            sub("[^<]*<([^>]+)>.*", "\\1", x)
        }
        address <- findEmail(DESC$Maintainer)
    }
    create.post(instructions = c("", "<<insert bug report here>>", rep.int("", 3)), description = "bug report", subject = subject, address = address, filename = file, info = info, ...)
}
#@ closure internal bug.report.info
function () 
c("R Version:", paste0(" ", names(R.version), " = ", R.version), if (nzchar(Sys.getenv("R_GUI_APP_VERSION"))) c("", "GUI:", paste0(" R-GUI ", Sys.getenv("R_GUI_APP_VERSION"), " (", Sys.getenv("R_GUI_APP_REVISION"), ")")), if (.Platform$OS.type == "windows") c("", win.version()), "", "Locale:", paste0(" ", Sys.getlocale()), "", "Search Path:", strwrap(paste(search(), collapse = ", "), indent = 1, exdent = 1), "")
#@ value internal C_addhistory list
#@ value internal C_charClass list
#@ value internal C_clrhash_Ext list
#@ value internal C_countfields list
#@ value internal C_crc64 list
#@ value internal C_dataentry list
#@ value internal C_dataviewer list
#@ value internal C_download list
#@ value internal C_edit list
#@ value internal C_fileedit list
#@ value internal C_flushconsole list
#@ value internal C_gethash_Ext list
#@ value internal C_hashtab_Ext list
#@ value internal C_ishashtab_Ext list
#@ value internal C_loadhistory list
#@ value internal C_maphash_Ext list
#@ value internal C_menu list
#@ value internal C_nsl list
#@ value internal C_numhash_Ext list
#@ value internal C_objectSize list
#@ value internal C_octsize list
#@ value internal C_processevents list
#@ value internal C_readtablehead list
#@ value internal C_remhash_Ext list
#@ value internal C_Rprof list
#@ value internal C_Rprofmem list
#@ value internal C_savehistory list
#@ value internal C_selectlist list
#@ value internal C_sethash_Ext list
#@ value internal C_sockclose list
#@ value internal C_sockconnect list
#@ value internal C_socklisten list
#@ value internal C_sockopen list
#@ value internal C_sockread list
#@ value internal C_sockwrite list
#@ value internal C_typeconvert list
#@ value internal C_typhash_Ext list
#@ value internal C_unzip list
#@ value internal C_writetable list
#@ closure internal c.bibentry
function (..., recursive = FALSE) 
{
    args <- list(...)
    if (!all(vapply(args, inherits, NA, "bibentry"))) 
        warning(gettextf("method is only applicable to %s objects", sQuote("bibentry")), domain = NA)
    args <- lapply(args, unclass)
    rval <- do.call(c, args)
    .bibentry(rval)
}
#@ closure internal c.person
function (..., recursive = FALSE) 
{
    args <- list(...)
    if (!all(vapply(args, inherits, NA, "person"))) 
        warning(gettextf("method is only applicable to %s objects", sQuote("person")), domain = NA)
    args <- lapply(args, unclass)
    rval <- do.call(c, args)
    class(rval) <- "person"
    rval
}
#@ closure exported capture.output
function (..., file = NULL, append = FALSE, type = c("output", "message"), split = FALSE) 
{
    type <- match.arg(type)
    rval <- NULL
    closeit <- TRUE
    if (is.null(file)) 
        file <- textConnection("rval", "w", local = TRUE)
    else if (is.character(file)) 
        file <- file(file, if (append) 
            "a"
        else "w")
    else if (inherits(file, "connection")) {
        if (!isOpen(file)) 
            open(file, if (append) 
                "a"
            else "w")
        else closeit <- FALSE
    }
    else stop("'file' must be NULL, a character string or a connection")
    sink(file, type = type, split = split)
    on.exit({
        sink(type = type, split = split)
        if (closeit) close(file)
    })
    for (i in seq_len(...length())) {
        out <- withVisible(...elt(i))
        if (out$visible) 
            print(out$value)
    }
    on.exit()
    sink(type = type, split = split)
    if (closeit) 
        close(file)
    if (is.null(rval)) 
        invisible(NULL)
    else rval
}
#@ closure exported changedFiles
function (before, after, path = before$path, timestamp = before$timestamp, check.file.info = c("size", "isdir", "mode", "mtime"), md5sum = before$md5sum, digest = before$digest, full.names = before$full.names, ...) 
{
    stopifnot(inherits(before, "fileSnapshot"))
    if (missing(after)) {
        get.file.info <- length(check.file.info) > 0 && before$file.info
        args <- before$args
        newargs <- list(...)
        args[names(newargs)] <- newargs
        after <- do.call(fileSnapshot, c(list(path = path, timestamp = NULL, file.info = get.file.info, md5sum = md5sum, digest = digest, full.names = full.names), args))
    }
    stopifnot(inherits(after, "fileSnapshot"))
    preinfo <- before$info
    postinfo <- after$info
    prenames <- rownames(preinfo)
    postnames <- rownames(postinfo)
    added <- setdiff(postnames, prenames)
    deleted <- setdiff(prenames, postnames)
    common <- intersect(prenames, postnames)
    if (!before$file.info || !after$file.info) 
        check.file.info <- NULL
    if (length(check.file.info)) {
        pre <- preinfo[common, check.file.info, drop = FALSE]
        post <- postinfo[common, check.file.info, drop = FALSE]
        changes <- pre != post
    }
    else changes <- matrix(logical(0), nrow = length(common), ncol = 0, dimnames = list(common, character(0)))
    if (length(timestamp)) 
        if (file.exists(timestamp)) {
            fullnames <- if (after$full.names) 
                common
            else file.path(after$path, common)
            changes <- cbind(changes, Newer = file_test("-nt", fullnames, timestamp))
        }
        else warning("Timestamp file no longer exists.")
    if (md5sum) {
        pre <- preinfo[common, "md5sum"]
        post <- postinfo[common, "md5sum"]
        changes <- cbind(changes, md5sum = pre != post)
    }
    if (!is.null(digest)) {
        pre <- preinfo[common, "digest"]
        post <- postinfo[common, "digest"]
        changes <- cbind(changes, digest = pre != post)
    }
    changed <- rownames(changes)[rowSums(changes, na.rm = TRUE) > 0]
    structure(list(added = added, deleted = deleted, changed = changed, unchanged = setdiff(common, changed), changes = changes), class = "changedFiles")
}
#@ closure exported charClass
function (x, class) 
.Call(C_charClass, x, class)
#@ closure internal check_for_XQuartz
function (DSO) 
{
    if (file.exists(DSO)) {
        loads <- macDynLoads(DSO)
        if (length(loads)) {
            ind <- grep("^/.*libX11[.][0-9]+[.]dylib", loads)
            if (length(ind)) {
                this <- loads[ind]
                if (!file.exists(this)) 
                  stop("X11 library is missing: install XQuartz from www.xquartz.org", domain = NA)
            }
        }
    }
}
#@ closure exported checkCRAN
function (method) 
{
    master <- available.packages(contrib.url("https://CRAN.R-project.org"), method = method)
    m <- getCRANmirrors()
    z <- list()
    for (url in as.character(m$URL)) z[[url]] <- available.packages(contrib.url(url), method = method)
    lapply(z, function(a) all.equal(a, master))
}
#@ closure internal checkHT
function (n, d) 
{
    len <- length(n)
    msg <- if (len == 0 || all(is.na(n))) 
        gettext("invalid 'n' -  must contain at least one non-missing element, got none.")
    else if (is.null(d) && len > 1L) 
        gettextf("invalid 'n' - must have length one when dim(x) is NULL, got %d", len)
    else if (!is.null(d) && len > length(d)) 
        gettextf("invalid 'n' - length(n) must be <= length(dim(x)), got %d > %d", len, length(d))
    else return(invisible())
    stop(msg, domain = NA)
}
#@ closure exported chooseBioCmirror
function (graphics = getOption("menu.graphics"), ind = NULL, local.only = FALSE) 
{
    m <- .getMirrors("https://bioconductor.org/BioC_mirrors.csv", file.path(R.home("doc"), "BioC_mirrors.csv"), all = FALSE, local.only = local.only)
    url <- .chooseMirror(m, "BioC", graphics, ind)
    if (length(url)) 
        options(BioC_mirror = url)
    invisible()
}
#@ closure exported chooseCRANmirror
function (graphics = getOption("menu.graphics"), ind = NULL, local.only = FALSE) 
{
    m <- getCRANmirrors(all = FALSE, local.only = local.only)
    url <- .chooseMirror(m, "CRAN", graphics, ind)
    if (length(url)) {
        repos <- getOption("repos")
        repos["CRAN"] <- url
        options(repos = repos)
    }
    invisible()
}
#@ closure exported citation
function (package = "base", lib.loc = NULL, auto = NULL) 
{
    if (!is.null(auto) && !is.logical(auto) && !anyNA(match(c("Package", "Version", "Title"), names(meta <- as.list(auto)))) && !all(is.na(match(c("Authors@R", "Author"), names(meta))))) {
        auto_was_meta <- TRUE
        package <- meta$Package
    }
    else {
        auto_was_meta <- FALSE
        dir <- system.file(package = package, lib.loc = lib.loc)
        if (dir == "") 
            stop(packageNotFoundError(package, lib.loc, sys.call()))
        meta <- packageDescription(pkg = package, lib.loc = dirname(dir))
        citfile <- file.path(dir, "CITATION")
        test <- file_test("-f", citfile)
        if (!test) {
            citfile <- file.path(dir, "inst", "CITATION")
            test <- file_test("-f", citfile)
        }
        if (is.null(auto)) 
            auto <- !test
        if (!auto) {
            return(readCitationFile(citfile, meta))
        }
    }
    if ((!is.null(meta$Priority)) && (meta$Priority == "base")) {
        cit <- citation("base", auto = FALSE)
        attr(cit, "mheader")[1L] <- paste0("The ", sQuote(package), " package is part of R.  ", attr(cit, "mheader")[1L])
        return(.citation(cit, package))
    }
    year <- sub("-.*", "", meta$`Date/Publication`)
    if (!length(year)) {
        if (is.null(meta$Date)) {
            warning(gettextf("no date field in DESCRIPTION file of package %s", sQuote(package)), domain = NA)
        }
        else {
            date <- trimws(as.vector(meta$Date))[1L]
            date <- strptime(date, "%Y-%m-%d", tz = "GMT")
            if (!is.na(date)) 
                year <- format(date, "%Y")
        }
    }
    if (!length(year)) {
        date <- as.POSIXlt(sub(";.*", "", trimws(meta$Packaged)[1L]))
        if (!is.na(date)) 
            year <- format(date, "%Y")
    }
    if (!length(year)) {
        warning(gettextf("could not determine year for %s from package DESCRIPTION file", sQuote(package)), domain = NA)
        year <- NA_character_
    }
    author <- meta$`Authors@R`
    if (length(author)) {
        aar <- .read_authors_at_R_field(author)
        author <- Filter(function(e) {
            !(is.null(e$given) && is.null(e$family)) && !is.na(match("aut", e$role))
        }, aar)
        if (!length(author)) 
            author <- Filter(function(e) {
                !(is.null(e$given) && is.null(e$family)) && !is.na(match("cre", e$role))
            }, aar)
    }
    if (length(author)) {
        has_authors_at_R_field <- TRUE
    }
    else {
        has_authors_at_R_field <- FALSE
        author <- as.personList(meta$Author)
    }
    z <- list(title = paste0(package, ": ", meta$Title), author = author, year = year, note = paste("R package version", meta$Version))
    if (identical(meta$Repository, "CRAN")) 
        z$url <- sprintf("https://CRAN.R-project.org/package=%s", package)
    if (identical(meta$Repository, "R-Forge")) {
        z$url <- if (!is.null(rfp <- meta$"Repository/R-Forge/Project")) 
            sprintf("https://R-Forge.R-project.org/projects/%s/", rfp)
        else "https://R-Forge.R-project.org/"
        if (!is.null(rfr <- meta$"Repository/R-Forge/Revision")) 
            z$note <- paste(z$note, rfr, sep = "/r")
    }
    if (!length(z$url) && !is.null(url <- meta$URL)) {
        if (grepl("[, ]", url)) 
            z$note <- url
        else z$url <- url
    }
    header <- if (!auto_was_meta) {
        gettextf("To cite package %s in publications use:", sQuote(package))
    }
    else NULL
    footer <- if (!has_authors_at_R_field && !auto_was_meta) {
        gettextf("ATTENTION: This citation information has been auto-generated from the package DESCRIPTION file and may need manual editing, see %s.", sQuote("help(\"citation\")"))
    }
    else NULL
    author <- format(z$author, include = c("given", "family"))
    if (length(author) > 1L) 
        author <- paste(paste(head(author, -1L), collapse = ", "), tail(author, 1L), sep = " and ")
    rval <- bibentry(bibtype = "Manual", header = header, footer = footer, other = z)
    .citation(rval, package)
}
#@ closure exported cite
function (keys, bib, ...) 
{
    fn <- tools::bibstyle()$cite
    if (is.null(fn)) 
        fn <- citeNatbib
    fn(keys, bib, ...)
}
#@ opaque exported citeNatbib environment:other
#@ closure exported citEntry
function (entry, textVersion, header = NULL, footer = NULL, ...) 
bibentry(bibtype = entry, textVersion = textVersion, header = header, footer = footer, ...)
#@ closure exported citFooter
function (...) 
{
    rval <- paste(...)
    class(rval) <- "citationFooter"
    rval
}
#@ closure exported citHeader
function (...) 
{
    rval <- paste(...)
    class(rval) <- "citationHeader"
    rval
}
#@ closure exported close.socket
function (socket, ...) 
.Call(C_sockclose, socket$socket)
#@ closure internal close.txtProgressBar
function (con, ...) 
{
    con$kill()
    invisible(NULL)
}
#@ closure exported clrhash
function (h) 
invisible(.External(C_clrhash_Ext, h))
#@ closure exported combn
function (x, m, FUN = NULL, simplify = TRUE, ...) 
{
    stopifnot(length(m) == 1L, is.numeric(m))
    if (m < 0) 
        stop("m < 0", domain = NA)
    if (is.numeric(x) && length(x) == 1L && x > 0 && trunc(x) == x) 
        x <- seq_len(x)
    n <- length(x)
    if (n < m) 
        stop("n < m", domain = NA)
    x0 <- x
    if (simplify) {
        if (is.factor(x)) 
            x <- as.integer(x)
    }
    m <- as.integer(m)
    e <- 0
    h <- m
    a <- seq_len(m)
    nofun <- is.null(FUN)
    if (!nofun && !is.function(FUN)) 
        stop("'FUN' must be a function or NULL")
    len.r <- length(r <- if (nofun) x[a] else FUN(x[a], ...))
    count <- as.integer(round(choose(n, m)))
    if (simplify) {
        dim.use <- if (nofun) 
            c(m, count)
        else {
            d <- dim(r)
            if (length(d) > 1L) 
                c(d, count)
            else if (len.r != 1L) 
                c(len.r, count)
            else c(d, count)
        }
    }
    if (simplify) 
        out <- matrix(r, nrow = len.r, ncol = count)
    else {
        out <- vector("list", count)
        out[[1L]] <- r
    }
    if (m > 0) {
        i <- 2L
        nmmp1 <- n - m + 1L
        while (a[1L] != nmmp1) {
            if (e < n - h) {
                h <- 1L
                e <- a[m]
                j <- 1L
            }
            else {
                e <- a[m - h]
                h <- h + 1L
                j <- 1L:h
            }
            a[m - h + j] <- e + j
            r <- if (nofun) 
                x[a]
            else FUN(x[a], ...)
            if (simplify) 
                out[, i] <- r
            else out[[i]] <- r
            i <- i + 1L
        }
    }
    if (simplify) {
        if (is.factor(x0)) {
            levels(out) <- levels(x0)
            class(out) <- class(x0)
        }
        dim(out) <- dim.use
    }
    out
}
#@ closure exported compareVersion
function (a, b) 
{
    if (is.na(a)) 
        return(-1L)
    if (is.na(b)) 
        return(1L)
    a <- as.integer(strsplit(a, "[.-]")[[1L]])
    b <- as.integer(strsplit(b, "[.-]")[[1L]])
    for (k in seq_along(a)) if (k <= length(b)) {
        if (a[k] > b[k]) 
            return(1)
        else if (a[k] < b[k]) 
            return(-1L)
    }
    else return(1L)
    if (length(b) > length(a)) 
        return(-1L)
    else return(0L)
}
#@ closure internal conformToProto
function (mat, proto) 
{
    ans <- lapply(seq_along(proto), function(i) {
        if (isS4(proto[[i]])) {
            methods::as(mat[, i], class(proto[[i]]))
        }
        else {
            fun <- match.fun(paste0("as.", class(proto[[i]])))
            fun(mat[, i])
        }
    })
    names(ans) <- names(proto)
    if (isS4(proto)) {
        methods::as(ans, class(proto))
    }
    else {
        as.data.frame(ans, optional = TRUE, stringsAsFactors = FALSE)
    }
}
#@ closure exported contrib.url
function (repos, type = getOption("pkgType")) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    type <- resolvePkgType(type)
    if (is.null(repos)) 
        return(NULL)
    if ("@CRAN@" %in% repos && interactive()) {
        cat(gettext("--- Please select a CRAN mirror for use in this session ---"), "\n", sep = "")
        flush.console()
        chooseCRANmirror()
        m <- match("@CRAN@", repos)
        nm <- names(repos)
        repos[m] <- getOption("repos")["CRAN"]
        if (is.null(nm)) 
            nm <- rep.int("", length(repos))
        nm[m] <- "CRAN"
        names(repos) <- nm
    }
    if ("@CRAN@" %in% repos) 
        stop("trying to use CRAN without setting a mirror")
    ver <- paste(R.version$major, strsplit(R.version$minor, ".", fixed = TRUE)[[1L]][1L], sep = ".")
    mac.path <- "macosx"
    if (substr(type, 1L, 11L) == "mac.binary.") {
        mac.path <- paste(mac.path, substring(type, 12L), sep = "/")
        type <- "mac.binary"
    }
    res <- switch(type, source = paste(gsub("/$", "", repos), "src", "contrib", sep = "/"), mac.binary = paste(gsub("/$", "", repos), "bin", mac.path, "contrib", ver, sep = "/"), win.binary = paste(gsub("/$", "", repos), "bin", "windows", "contrib", ver, sep = "/"), stop("invalid 'type'"))
    res
}
#@ closure internal correctFilenameToken
function () 
{
    linebuffer <- .CompletionEnv[["linebuffer"]]
    lbss <- head.default(unlist(strsplit(linebuffer, "")), .CompletionEnv[["end"]])
    whichDoubleQuote <- lbss == "\""
    whichSingleQuote <- lbss == "'"
    insideDoubleQuote <- (sum(whichDoubleQuote)%%2 == 1)
    insideSingleQuote <- (sum(whichSingleQuote)%%2 == 1)
    loc.start <- if (insideDoubleQuote && insideSingleQuote) {
        max(which(whichDoubleQuote), which(whichSingleQuote))
    }
    else if (insideDoubleQuote) 
        max(which(whichDoubleQuote))
    else if (insideSingleQuote) 
        max(which(whichSingleQuote))
    else .CompletionEnv[["start"]]
    substring(linebuffer, loc.start + 1L, .CompletionEnv[["end"]])
}
#@ closure exported count.fields
function (file, sep = "", quote = "\"'", skip = 0, blank.lines.skip = TRUE, comment.char = "#") 
{
    if (is.character(file)) {
        file <- file(file)
        on.exit(close(file))
    }
    if (!inherits(file, "connection")) 
        stop("'file' must be a character string or connection")
    .External(C_countfields, file, sep, quote, skip, blank.lines.skip, comment.char)
}
#@ closure exported create.post
function (instructions = character(), description = "post", subject = "", method = getOption("mailer"), address = "the relevant mailing list", ccaddress = getOption("ccaddress", ""), filename = "R.post", info = character()) 
{
    method <- if (is.null(method)) 
        "none"
    else match.arg(method, c("mailto", "mailx", "gnudoit", "none", "ess"))
    open_prog <- if (grepl("-apple-darwin", R.version$platform)) 
        "open"
    else "xdg-open"
    if (method == "mailto") 
        if (!nzchar(Sys.which(open_prog))) {
            browser <- Sys.getenv("R_BROWSER", "")
            if (!nzchar(browser)) {
                warning("cannot find program to open 'mailto:' URIs: reverting to 'method=\"none\"'")
                flush.console()
                Sys.sleep(5)
            }
            else {
                message("Using the browser to open a mailto: URI")
                open_prog <- browser
            }
        }
    body <- c(instructions, "--please do not edit the information below--", "", info)
    none_method <- function() {
        disclaimer <- paste0("# Your mailer is set to \"none\",\n", "# hence we cannot send the, ", description, " directly from R.\n", "# Please copy the ", description, " (after finishing it) to\n", "# your favorite email program and send it to\n#\n", "#       ", address, "\n#\n", "######################################################\n", "\n\n")
        cat(c(disclaimer, body), file = filename, sep = "\n")
        cat("The", description, "is being opened for you to edit.\n")
        flush.console()
        file.edit(filename)
        cat("The unsent ", description, " can be found in file ", sQuote(filename), "\n", sep = "")
    }
    if (method == "none") {
        none_method()
    }
    else if (method == "mailx") {
        if (missing(address)) 
            stop("must specify 'address'")
        if (!nzchar(subject)) 
            stop("'subject' is missing")
        if (length(ccaddress) != 1L) 
            stop("'ccaddress' must be of length 1")
        cat(body, file = filename, sep = "\n")
        cat("The", description, "is being opened for you to edit.\n")
        file.edit(filename)
        if (is.character(ccaddress) && nzchar(ccaddress)) {
            cmdargs <- paste("-s", shQuote(subject), "-c", shQuote(ccaddress), shQuote(address), "<", filename, "2>/dev/null")
        }
        else cmdargs <- paste("-s", shQuote(subject), shQuote(address), "<", filename, "2>/dev/null")
        status <- 1L
        answer <- askYesNo(paste0("Email the ", description, " now?"))
        if (isTRUE(answer)) {
            cat("Sending email ...\n")
            status <- system(paste("mailx", cmdargs), , TRUE, TRUE)
            if (status) 
                status <- system(paste("Mail", cmdargs), , TRUE, TRUE)
            if (status) 
                status <- system(paste("/usr/ucb/mail", cmdargs), , TRUE, TRUE)
            if (status == 0L) 
                unlink(filename)
            else {
                cat("Sending email failed!\n")
                cat("The unsent", description, "can be found in file", sQuote(filename), "\n")
            }
        }
        else cat("The unsent", description, "can be found in file", filename, "\n")
    }
    else if (method == "ess") {
        cat(body, sep = "\n")
    }
    else if (method == "gnudoit") {
        cmd <- paste0("gnudoit -q '", "(mail nil \"", address, "\")", "(insert \"", paste(body, collapse = "\\n"), "\")", "(search-backward \"Subject:\")", "(end-of-line)'")
        system(cmd)
    }
    else if (method == "mailto") {
        if (missing(address)) 
            stop("must specify 'address'")
        if (!nzchar(subject)) 
            subject <- "<<Enter Meaningful Subject>>"
        if (length(ccaddress) != 1L) 
            stop("'ccaddress' must be of length 1")
        cat("The", description, "is being opened in your default mail program\nfor you to complete and send.\n")
        arg <- paste0("mailto:", address, "?subject=", subject, if (is.character(ccaddress) && nzchar(ccaddress)) 
            paste0("&cc=", ccaddress), "&body=", paste(body, collapse = "\r\n"))
        if (system2(open_prog, shQuote(URLencode(arg)), FALSE, FALSE)) {
            cat("opening the mailer failed, so reverting to 'mailer=\"none\"'\n")
            flush.console()
            none_method()
        }
    }
    invisible()
}
#@ closure exported data
function (..., list = character(), package = NULL, lib.loc = NULL, verbose = getOption("verbose"), envir = .GlobalEnv, overwrite = TRUE) 
{
    fileExt <- function(x) {
        db <- grepl("\\.[^.]+\\.(gz|bz2|xz)$", x)
        ans <- sub(".*\\.", "", x)
        ans[db] <- sub(".*\\.([^.]+\\.)(gz|bz2|xz)$", "\\1\\2", x[db])
        ans
    }
    my_read_table <- function(...) {
        lcc <- Sys.getlocale("LC_COLLATE")
        on.exit(Sys.setlocale("LC_COLLATE", lcc))
        Sys.setlocale("LC_COLLATE", "C")
        read.table(...)
    }
    stopifnot(is.character(list))
    names <- c(as.character(substitute(list(...))[-1L]), list)
    if (!is.null(package)) {
        if (!is.character(package)) 
            stop("'package' must be a character vector or NULL")
    }
    paths <- find.package(package, lib.loc, verbose = verbose)
    if (is.null(lib.loc)) 
        paths <- c(path.package(package, TRUE), if (!length(package)) getwd(), paths)
    paths <- unique(normalizePath(paths[file.exists(paths)]))
    paths <- paths[dir.exists(file.path(paths, "data"))]
    dataExts <- tools:::.make_file_exts("data")
    if (length(names) == 0L) {
        db <- matrix(character(), nrow = 0L, ncol = 4L)
        for (path in paths) {
            entries <- NULL
            packageName <- if (file_test("-f", file.path(path, "DESCRIPTION"))) 
                basename(path)
            else "."
            if (file_test("-f", INDEX <- file.path(path, "Meta", "data.rds"))) {
                entries <- readRDS(INDEX)
            }
            else {
                dataDir <- file.path(path, "data")
                entries <- tools::list_files_with_type(dataDir, "data")
                if (length(entries)) {
                  entries <- unique(tools::file_path_sans_ext(basename(entries)))
                  entries <- cbind(entries, "")
                }
            }
            if (NROW(entries)) {
                if (is.matrix(entries) && ncol(entries) == 2L) 
                  db <- rbind(db, cbind(packageName, dirname(path), entries))
                else warning(gettextf("data index for package %s is invalid and will be ignored", sQuote(packageName)), domain = NA, call. = FALSE)
            }
        }
        colnames(db) <- c("Package", "LibPath", "Item", "Title")
        footer <- if (missing(package)) 
            paste0("Use ", sQuote(paste("data(package =", ".packages(all.available = TRUE))")), "\n", "to list the data sets in all *available* packages.")
        else NULL
        y <- list(title = "Data sets", header = NULL, results = db, footer = footer)
        class(y) <- "packageIQR"
        return(y)
    }
    paths <- file.path(paths, "data")
    for (name in names) {
        found <- FALSE
        for (p in paths) {
            tmp_env <- if (overwrite) 
                envir
            else new.env()
            if (file_test("-f", file.path(p, "Rdata.rds"))) {
                rds <- readRDS(file.path(p, "Rdata.rds"))
                if (name %in% names(rds)) {
                  found <- TRUE
                  if (verbose) 
                    message(sprintf("name=%s:\t found in Rdata.rds", name), domain = NA)
                  thispkg <- sub(".*/([^/]*)/data$", "\\1", p)
                  thispkg <- sub("_.*$", "", thispkg)
                  thispkg <- paste0("package:", thispkg)
                  objs <- rds[[name]]
                  lazyLoad(file.path(p, "Rdata"), envir = tmp_env, filter = function(x) x %in% objs)
                  break
                }
                else if (verbose) 
                  message(sprintf("name=%s:\t NOT found in names() of Rdata.rds, i.e.,\n\t%s\n", name, paste(names(rds), collapse = ",")), domain = NA)
            }
            if (file_test("-f", file.path(p, "Rdata.zip"))) {
                warning("zipped data found for package ", sQuote(basename(dirname(p))), ".\nThat is defunct, so please re-install the package.", domain = NA)
                if (file_test("-f", fp <- file.path(p, "filelist"))) 
                  files <- file.path(p, scan(fp, what = "", quiet = TRUE))
                else {
                  warning(gettextf("file 'filelist' is missing for directory %s", sQuote(p)), domain = NA)
                  next
                }
            }
            else {
                files <- list.files(p, full.names = TRUE)
            }
            files <- files[grep(name, files, fixed = TRUE)]
            if (length(files) > 1L) {
                o <- match(fileExt(files), dataExts, nomatch = 100L)
                paths0 <- dirname(files)
                paths0 <- factor(paths0, levels = unique(paths0))
                files <- files[order(paths0, o)]
            }
            if (length(files)) {
                for (file in files) {
                  if (verbose) 
                    message("name=", name, ":\t file= ...", .Platform$file.sep, basename(file), "::\t", appendLF = FALSE, domain = NA)
                  ext <- fileExt(file)
                  if (basename(file) != paste0(name, ".", ext)) 
                    found <- FALSE
                  else {
                    found <- TRUE
                    zfile <- file
                    zipname <- file.path(dirname(file), "Rdata.zip")
                    if (file.exists(zipname)) {
                      Rdatadir <- tempfile("Rdata")
                      dir.create(Rdatadir, showWarnings = FALSE)
                      topic <- basename(file)
                      rc <- .External(C_unzip, zipname, topic, Rdatadir, FALSE, TRUE, FALSE, FALSE)
                      if (rc == 0L) 
                        zfile <- file.path(Rdatadir, topic)
                    }
                    if (zfile != file) 
                      on.exit(unlink(zfile))
                    switch(ext, R = , r = {
                      library("utils")
                      sys.source(zfile, chdir = TRUE, envir = tmp_env)
                    }, RData = , rdata = , rda = load(zfile, envir = tmp_env), TXT = , txt = , tab = , tab.gz = , tab.bz2 = , tab.xz = , txt.gz = , txt.bz2 = , txt.xz = assign(name, my_read_table(zfile, header = TRUE, as.is = FALSE), envir = tmp_env), CSV = , csv = , csv.gz = , csv.bz2 = , csv.xz = assign(name, my_read_table(zfile, header = TRUE, sep = ";", as.is = FALSE), envir = tmp_env), found <- FALSE)
                  }
                  if (found) 
                    break
                }
                if (verbose) 
                  message(if (!found) 
                    "*NOT* ", "found", domain = NA)
            }
            if (found) 
                break
        }
        if (!found) {
            warning(gettextf("data set %s not found", sQuote(name)), domain = NA)
        }
        else if (!overwrite) {
            for (o in ls(envir = tmp_env, all.names = TRUE)) {
                if (exists(o, envir = envir, inherits = FALSE)) 
                  warning(gettextf("an object named %s already exists and will not be overwritten", sQuote(o)))
                else assign(o, get(o, envir = tmp_env, inherits = FALSE), envir = envir)
            }
            rm(tmp_env)
        }
    }
    invisible(names)
}
#@ closure exported data.entry
function (..., Modes = NULL, Names = NULL) 
{
    tmp1 <- de(..., Modes = Modes, Names = Names)
    j <- 1L
    nn <- names(tmp1)
    for (i in nn) {
        assign(i, tmp1[[j]], envir = .GlobalEnv)
        j <- j + 1L
    }
    if (j == 1L) 
        warning("did not assign() anything")
    invisible(nn)
}
#@ closure exported dataentry
function (data, modes) 
{
    check <- Sys.getenv("_R_CHECK_SCREEN_DEVICE_", "")
    msg <- "dataentry() should not be used in examples etc"
    if (identical(check, "stop")) 
        stop(msg, domain = NA)
    else if (identical(check, "warn")) 
        warning(msg, immediate. = TRUE, noBreaks. = TRUE, domain = NA)
    if (!is.list(data) || !length(data) || !all(sapply(data, is.vector))) 
        stop("invalid 'data' argument")
    if (!is.list(modes) || (length(modes) && !all(sapply(modes, is.character)))) 
        stop("invalid 'modes' argument")
    if (grepl("darwin", R.version$os)) 
        check_for_XQuartz(file.path(R.home("modules"), "R_de.so"))
    .External2(C_dataentry, data, modes)
}
#@ closure exported de
function (..., Modes = list(), Names = NULL) 
{
    sdata <- list(...)
    snames <- as.character(substitute(list(...))[-1L])
    if (is.null(sdata)) {
        if (is.null(Names)) {
            odata <- vector("list", length = max(1, length(Modes)))
        }
        else {
            if ((length(Names) != length(Modes)) && length(Modes)) {
                warning("'modes' argument ignored")
                Modes <- list()
            }
            odata <- vector("list", length = length(Names))
            names(odata) <- Names
        }
        ncols <- rep.int(1, length(odata))
        coltypes <- rep.int(1, length(odata))
    }
    else {
        ncols <- de.ncols(sdata)
        coltypes <- ncols[, 2L]
        ncols <- ncols[, 1]
        odata <- de.setup(sdata, snames, ncols)
        if (length(Names)) 
            if (length(Names) != length(odata)) 
                warning("'names' argument ignored")
            else names(odata) <- Names
        if (length(Modes)) 
            if (length(Modes) != length(odata)) {
                warning("'modes' argument ignored")
                Modes <- list()
            }
    }
    rdata <- dataentry(odata, as.list(Modes))
    if (any(coltypes != 1L)) {
        if (length(rdata) == sum(ncols)) 
            rdata <- de.restore(rdata, ncols, coltypes, snames, sdata)
        else warning("could not restore variables properly")
    }
    return(rdata)
}
#@ closure exported de.ncols
function (inlist) 
{
    ncols <- matrix(0, nrow = length(inlist), ncol = 2L)
    i <- 1L
    for (telt in inlist) {
        if (is.matrix(telt)) {
            ncols[i, 1L] <- ncol(telt)
            ncols[i, 2L] <- 2L
        }
        else if (is.list(telt)) {
            for (telt2 in telt) if (!is.vector(telt2)) 
                stop("wrong argument to 'dataentry'")
            ncols[i, 1L] <- length(telt)
            ncols[i, 2L] <- 3L
        }
        else if (is.vector(telt)) {
            ncols[i, 1L] <- 1L
            ncols[i, 2L] <- 1L
        }
        else stop("wrong argument to 'dataentry'")
        i <- i + 1L
    }
    return(ncols)
}
#@ closure exported de.restore
function (inlist, ncols, coltypes, argnames, args) 
{
    p <- length(ncols)
    rlist <- vector("list", length = p)
    rnames <- vector("character", length = p)
    j <- 1L
    lnames <- names(inlist)
    if (p) 
        for (i in seq_len(p)) {
            if (coltypes[i] == 2) {
                tlen <- length(inlist[[j]])
                x <- matrix(0, nrow = tlen, ncol = ncols[i])
                cnames <- vector("character", ncol(x))
                for (ind1 in seq_len(ncols[i])) {
                  if (tlen != length(inlist[[j]])) {
                    warning("could not restore type information")
                    return(inlist)
                  }
                  x[, ind1] <- inlist[[j]]
                  cnames[ind1] <- lnames[j]
                  j <- j + 1L
                }
                if (nrow(x) == nrow(args[[i]])) 
                  rn <- dimnames(args[[i]])[[1L]]
                else rn <- NULL
                if (any(cnames != "")) 
                  dimnames(x) <- list(rn, cnames)
                rlist[[i]] <- x
                rnames[i] <- argnames[i]
            }
            else if (coltypes[i] == 3) {
                x <- vector("list", length = ncols[i])
                cnames <- vector("character", ncols[i])
                for (ind1 in seq_len(ncols[i])) {
                  x[[ind1]] <- inlist[[j]]
                  cnames[ind1] <- lnames[j]
                  j <- j + 1L
                }
                if (any(cnames != "")) 
                  names(x) <- cnames
                rlist[[i]] <- x
                rnames[i] <- argnames[i]
            }
            else {
                rlist[[i]] <- inlist[[j]]
                j <- j + 1
                rnames[i] <- argnames[i]
            }
        }
    names(rlist) <- rnames
    return(rlist)
}
#@ closure exported de.setup
function (ilist, list.names, incols) 
{
    ilen <- sum(incols)
    ivec <- vector("list", ilen)
    inames <- vector("list", ilen)
    i <- 1L
    k <- 0L
    for (telt in ilist) {
        k <- k + 1L
        if (is.list(telt)) {
            y <- names(telt)
            for (j in seq_along(telt)) {
                ivec[[i]] <- telt[[j]]
                if (is.null(y) || y[j] == "") 
                  inames[[i]] <- paste0("var", i)
                else inames[[i]] <- y[j]
                i <- i + 1L
            }
        }
        else if (is.vector(telt)) {
            ivec[[i]] <- telt
            inames[[i]] <- list.names[[k]]
            i <- i + 1
        }
        else if (is.matrix(telt)) {
            y <- dimnames(telt)[[2L]]
            for (j in seq_len(ncol(telt))) {
                ivec[[i]] <- telt[, j]
                if (is.null(y) || y[j] == "") 
                  inames[[i]] <- paste0("var", i)
                else inames[[i]] <- y[j]
                i <- i + 1L
            }
        }
        else stop("wrong argument to 'dataentry'")
    }
    names(ivec) <- inames
    return(ivec)
}
#@ closure exported debugcall
function (call, once = FALSE) 
{
    stopifnot(length(once) == 1L, is.logical(once), !is.na(once))
    call <- substitute(call)
    .debugcall(call, if (once) 
        debugonce
    else debug)
    invisible(call)
}
#@ closure exported debugger
function (dump = last.dump) 
{
    debugger.look <- function(.selection) {
        for (.obj in ls(envir = dump[[.selection]], all.names = TRUE)) tryCatch(assign(.obj, get(.obj, envir = dump[[.selection]])), error = function(e) {
        })
        cat(gettext("Browsing in the environment with call:\n   "), calls[.selection], "\n", sep = "")
        rm(.obj, .selection)
        browser()
    }
    if (!inherits(dump, "dump.frames")) {
        cat(gettextf("'dump' is not an object of class %s\n", dQuote("dump.frames")))
        return(invisible())
    }
    err.action <- getOption("error")
    on.exit(options(error = err.action))
    if (length(msg <- attr(dump, "error.message"))) 
        cat(gettext("Message: "), msg)
    n <- length(dump)
    if (!n) {
        cat(gettextf("'dump' is empty\n"))
        return(invisible())
    }
    calls <- names(dump)
    repeat {
        cat(gettext("Available environments had calls:\n"))
        cat(paste0(1L:n, ": ", calls), sep = "\n")
        cat(gettext("\nEnter an environment number, or 0 to exit  "))
        repeat {
            ind <- .Call(C_menu, as.character(calls))
            if (ind <= n) 
                break
        }
        if (ind == 0L) 
            return(invisible())
        debugger.look(ind)
    }
}
#@ closure internal defaultUserAgent
function () 
{
    Rver <- paste(R.version$major, R.version$minor, sep = ".")
    Rdetails <- paste(Rver, R.version$platform, R.version$arch, R.version$os)
    paste0("R (", Rdetails, ")")
}
#@ closure exported demo
function (topic, package = NULL, lib.loc = NULL, character.only = FALSE, verbose = getOption("verbose"), type = c("console", "html"), echo = TRUE, ask = getOption("demo.ask"), encoding = getOption("encoding")) 
{
    type <- match.arg(type)
    html <- type == "html"
    if (html) {
        enhancedHTML <- str2logical(Sys.getenv("_R_HELP_ENABLE_ENHANCED_HTML_", "TRUE"))
        if (!interactive() || !enhancedHTML || !requireNamespace("knitr", quietly = TRUE)) 
            html <- FALSE
    }
    if (html) {
        port <- tools::startDynamicHelp(NA)
        if (port <= 0L) 
            html <- FALSE
        else {
            if (!is.null(lib.loc)) 
                lib.loc <- NULL
            browser <- if (.Platform$GUI == "AQUA") {
                get("aqua.browser", envir = as.environment("tools:RGUI"))
            }
            else getOption("browser")
        }
    }
    paths <- find.package(package, lib.loc, verbose = verbose)
    paths <- paths[dir.exists(file.path(paths, "demo"))]
    if (missing(topic)) {
        if (html) {
            browseURL(paste0("http://127.0.0.1:", port, "/doc/html/Search?package=", paste(unique(basename(paths)), collapse = ";"), "&agrep=0&types.demo=1&pattern="), browser)
            return(invisible())
        }
        db <- matrix(character(), nrow = 0L, ncol = 4L)
        for (path in paths) {
            entries <- NULL
            if (file_test("-f", INDEX <- file.path(path, "Meta", "demo.rds"))) {
                entries <- readRDS(INDEX)
            }
            if (NROW(entries)) {
                db <- rbind(db, cbind(basename(path), dirname(path), entries))
            }
        }
        colnames(db) <- c("Package", "LibPath", "Item", "Title")
        footer <- if (missing(package)) 
            paste0("Use ", sQuote(paste("demo(package =", ".packages(all.available = TRUE))")), "\n", "to list the demos in all *available* packages.")
        else NULL
        y <- list(title = "Demos", header = NULL, results = db, footer = footer)
        class(y) <- "packageIQR"
        return(y)
    }
    if (!character.only) {
        topic <- substitute(topic)
        if (is.call(topic) && (topic[[1L]] == "::" || topic[[1L]] == ":::")) {
            package <- as.character(topic[[2L]])
            topic <- as.character(topic[[3L]])
        }
        else topic <- as.character(topic)
    }
    available <- character()
    paths <- file.path(paths, "demo")
    for (p in paths) {
        files <- basename(tools::list_files_with_type(p, "demo"))
        files <- files[topic == tools::file_path_sans_ext(files)]
        if (length(files)) 
            available <- c(available, file.path(p, files))
    }
    if (length(available) == 0L) 
        stop(gettextf("No demo found for topic %s", sQuote(topic)), domain = NA)
    if (length(available) > 1L) {
        available <- available[1L]
        warning(gettextf("Demo for topic %s' found more than once,\nusing the one found in %s", sQuote(topic), sQuote(dirname(available[1L]))), domain = NA)
    }
    pkgpath <- dirname(dirname(available))
    if (html) {
        browseURL(paste0("http://127.0.0.1:", port, "/library/", basename(pkgpath), "/Demo/", tools::file_path_sans_ext(basename(available))), browser)
        return(invisible())
    }
    if (file.exists(file <- file.path(pkgpath, "Meta", "package.rds"))) {
        desc <- readRDS(file)$DESCRIPTION
        if (length(desc) == 1L) {
            enc <- as.list(desc)[["Encoding"]]
            !if (!is.null(enc)) 
                encoding <- enc
        }
    }
    if (ask == "default") 
        ask <- echo && grDevices::dev.interactive(orNone = TRUE)
    if (.Device != "null device") {
        oldask <- grDevices::devAskNewPage(ask = ask)
        on.exit(grDevices::devAskNewPage(oldask), add = TRUE)
    }
    op <- options(device.ask.default = ask)
    on.exit(options(op), add = TRUE)
    if (echo) {
        cat("\n\n", "\tdemo(", topic, ")\n", "\t---- ", rep.int("~", nchar(topic, type = "w")), "\n", sep = "")
        if (ask && interactive()) 
            readline("\nType  <Return>\t to start : ")
    }
    source(available, echo = echo, max.deparse.length = Inf, keep.source = TRUE, encoding = encoding)
}
#@ closure exported download.file
function (url, destfile, method, quiet = FALSE, mode = "w", cacheOK = TRUE, extra = getOption("download.file.extra"), headers = NULL, ...) 
{
    destfile
    method <- if (missing(method)) 
        getOption("download.file.method", default = "auto")
    else match.arg(method, c("auto", "internal", "libcurl", "wget", "curl", "lynx"))
    if (method == "auto") {
        if (length(url) != 1L || typeof(url) != "character") 
            stop("'url' must be a length-one character vector")
        method <- if (startsWith(url, "file:")) 
            "internal"
        else "libcurl"
    }
    nh <- names(headers)
    if (length(nh) != length(headers) || any(nh == "") || anyNA(headers) || anyNA(nh)) 
        stop("'headers' must have names and must not be NA")
    switch(method, internal = {
        headers <- if (length(headers)) paste0(nh, ": ", headers, "\r\n", collapse = "")
        status <- .External(C_download, url, destfile, quiet, mode, cacheOK, headers)
        if (!quiet) flush.console()
    }, libcurl = {
        headers <- if (length(headers)) paste0(nh, ": ", headers)
        status <- .Internal(curlDownload(url, destfile, quiet, mode, cacheOK, headers))
        if (!quiet) flush.console()
    }, wget = {
        if (length(url) != 1L || typeof(url) != "character") stop("'url' must be a length-one character vector")
        if (length(destfile) != 1L || typeof(destfile) != "character") stop("'destfile' must be a length-one character vector")
        if (quiet) extra <- c(extra, "--quiet")
        if (!cacheOK) extra <- c(extra, "--cache=off")
        status <- system(paste("wget", paste(extra, collapse = " "), shQuote(url), "-O", shQuote(path.expand(destfile))))
        if (status) stop("'wget' call had nonzero exit status")
    }, curl = {
        if (length(url) != 1L || typeof(url) != "character") stop("'url' must be a length-one character vector")
        if (length(destfile) != 1L || typeof(url) != "character") stop("'destfile' must be a length-one character vector")
        if (quiet) extra <- c(extra, "-s -S")
        if (!cacheOK) extra <- c(extra, paste("-H", shQuote("Pragma: no-cache")))
        status <- system(paste("curl", paste(extra, collapse = " "), shQuote(url), " -o", shQuote(path.expand(destfile))))
        if (status) stop("'curl' call had nonzero exit status")
    }, lynx = stop("method 'lynx' is defunct", domain = NA))
    if (status) 
        warning("download had nonzero exit status")
    invisible(status)
}
#@ closure exported download.packages
function (pkgs, destdir, available = NULL, repos = getOption("repos"), contriburl = contrib.url(repos, type), method, type = getOption("pkgType"), ...) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    nonlocalcran <- !all(startsWith(contriburl, "file:"))
    if (nonlocalcran && !dir.exists(destdir)) 
        stop("'destdir' is not a directory")
    type <- resolvePkgType(type)
    if (is.null(available)) 
        available <- available.packages(contriburl = contriburl, method = method, ...)
    retval <- matrix(character(), 0L, 2L)
    for (p in unique(pkgs)) {
        ok <- (available[, "Package"] == p)
        ok <- ok & !is.na(ok)
        if (!any(ok)) 
            warning(gettextf("no package %s at the repositories", sQuote(p)), domain = NA, immediate. = TRUE)
        else {
            if (sum(ok) > 1L) {
                vers <- package_version(available[ok, "Version"])
                keep <- vers == max(vers)
                keep[duplicated(keep)] <- FALSE
                ok[ok][!keep] <- FALSE
            }
            if (startsWith(type, "mac.binary")) 
                type <- "mac.binary"
            File <- available[ok, "File"]
            fn <- paste0(p, "_", available[ok, "Version"], switch(type, source = ".tar.gz", mac.binary = ".tgz", win.binary = ".zip", stop("invalid 'type'")))
            have_fn <- !is.na(File)
            fn[have_fn] <- File[have_fn]
            repos <- available[ok, "Repository"]
            if (startsWith(repos, "file:")) {
                if (startsWith(repos, "file:///")) {
                  fn <- paste(substring(repos, 8L), fn, sep = "/")
                  if (.Platform$OS.type == "windows") {
                    if (length(grep("^/[A-Za-z]:", fn))) 
                      fn <- substring(fn, 2L)
                  }
                }
                else {
                  fn <- paste(substring(repos, 6L), fn, sep = "/")
                }
                if (file.exists(fn)) 
                  retval <- rbind(retval, c(p, fn))
                else warning(gettextf("package %s does not exist on the local repository", sQuote(p)), domain = NA, immediate. = TRUE)
            }
            else {
                url <- paste(repos, fn, sep = "/")
                destfile <- file.path(destdir, fn)
                res <- try(download.file(url, destfile, method, mode = "wb", ...))
                if (!inherits(res, "try-error") && res == 0L) 
                  retval <- rbind(retval, c(p, destfile))
                else warning(gettextf("download of package %s failed", sQuote(p)), domain = NA, immediate. = TRUE)
            }
        }
    }
    retval
}
#@ closure exported dump.frames
function (dumpto = "last.dump", to.file = FALSE, include.GlobalEnv = FALSE) 
{
    calls <- sys.calls()
    last.dump <- sys.frames()
    names(last.dump) <- limitedLabels(calls)
    if (include.GlobalEnv) {
        last.dump <- c(.GlobalEnv = as.environment(as.list(.GlobalEnv, all.names = TRUE)), last.dump)
    }
    last.dump <- last.dump[-length(last.dump)]
    attr(last.dump, "error.message") <- geterrmessage()
    class(last.dump) <- "dump.frames"
    if (dumpto != "last.dump") 
        assign(dumpto, last.dump)
    if (to.file) 
        save(list = dumpto, file = paste0(dumpto, ".rda"))
    else assign(dumpto, last.dump, envir = .GlobalEnv)
    invisible()
}
#@ closure exported edit
function (name, ...) 
UseMethod("edit")
#@ closure internal edit.data.frame
function (name, factor.mode = c("character", "numeric"), edit.row.names = any(row.names(name) != 1L:nrow(name)), ...) 
{
    if (.Platform$OS.type == "unix" && .Platform$GUI != "AQUA") 
        if (.Platform$GUI == "unknown" || Sys.getenv("DISPLAY") == "") 
            return(edit.default(name, ...))
    is.vector.unclass <- function(x) is.vector(unclass(x))
    if (length(name) && !all(sapply(name, is.vector.unclass) | sapply(name, is.factor))) 
        stop("can only handle vector and factor elements")
    if (grepl("darwin", R.version$os)) 
        check_for_XQuartz(file.path(R.home("modules"), "R_de.so"))
    factor.mode <- match.arg(factor.mode)
    as.num.or.char <- function(x) {
        if (is.numeric(x)) 
            x
        else if (is.factor(x) && factor.mode == "numeric") 
            as.numeric(x)
        else as.character(x)
    }
    attrlist <- lapply(name, attributes)
    datalist <- lapply(name, as.num.or.char)
    factors <- which(vapply(name, is.factor, NA))
    logicals <- which(vapply(name, is.logical, NA))
    if (length(name)) {
        has_class <- vapply(name, function(x) (is.object(x) || isS4(x)) && !is.factor(x), NA)
        if (any(has_class)) 
            warning(sprintf(ngettext(sum(has_class), "class discarded from column %s", "classes discarded from columns %s"), paste(sQuote(names(name)[has_class]), collapse = ", ")), domain = NA, call. = FALSE, immediate. = TRUE)
    }
    modes <- lapply(datalist, mode)
    if (edit.row.names) {
        datalist <- c(list(row.names = row.names(name)), datalist)
        modes <- c(list(row.names = "character"), modes)
    }
    rn <- attr(name, "row.names")
    out <- .External2(C_dataentry, datalist, modes)
    if (length(out) == 0L) {
        return(name)
    }
    lengths <- lengths(out)
    maxlength <- max(lengths)
    if (edit.row.names) 
        rn <- out[[1L]]
    for (i in which(lengths != maxlength)) out[[i]] <- c(out[[i]], rep.int(NA, maxlength - lengths[i]))
    if (edit.row.names) {
        out <- out[-1L]
        if ((ln <- length(rn)) < maxlength) 
            rn <- c(rn, paste0("row", (ln + 1):maxlength))
    }
    else if (length(rn) != maxlength) 
        rn <- seq_len(maxlength)
    for (i in factors) {
        if (factor.mode != mode(out[[i]])) 
            next
        a <- attrlist[[i]]
        if (factor.mode == "numeric") {
            o <- as.integer(out[[i]])
            ok <- is.na(o) | (o > 0 & o <= length(a$levels))
            if (any(!ok)) {
                warning(gettextf("invalid factor levels in '%s'", names(out)[i]), domain = NA)
                o[!ok] <- NA
            }
            attributes(o) <- a
        }
        else {
            o <- out[[i]]
            if (any(new <- is.na(match(o, c(a$levels, NA_integer_))))) {
                new <- unique(o[new])
                warning(gettextf("added factor levels in '%s'", names(out)[i]), domain = NA)
                o <- factor(o, levels = c(a$levels, new), ordered = is.ordered(o))
            }
            else {
                o <- match(o, a$levels)
                attributes(o) <- a
            }
        }
        out[[i]] <- o
    }
    for (i in logicals) out[[i]] <- as.logical(out[[i]])
    attr(out, "row.names") <- rn
    attr(out, "class") <- "data.frame"
    if (edit.row.names) {
        if (anyDuplicated(rn)) {
            warning("edited row names contain duplicates and will be ignored")
            attr(out, "row.names") <- seq_len(maxlength)
        }
    }
    out
}
#@ closure internal edit.default
function (name = NULL, file = "", title = NULL, editor = getOption("editor"), ...) 
{
    if (is.null(title)) 
        title <- deparse1(substitute(name))
    if (is.function(editor)) 
        invisible(editor(name = name, file = file, title = title))
    else .External2(C_edit, name, file, title, editor)
}
#@ closure internal edit.matrix
function (name, edit.row.names = !is.null(dn[[1L]]), ...) 
{
    if (.Platform$OS.type == "unix" && .Platform$GUI != "AQUA") 
        if (.Platform$GUI == "unknown" || Sys.getenv("DISPLAY") == "") 
            return(edit.default(name, ...))
    if (!is.matrix(name) || !mode(name) %in% c("numeric", "character", "logical") || any(dim(name) < 1)) 
        stop("invalid input matrix")
    if (grepl("darwin", R.version$os)) 
        check_for_XQuartz(file.path(R.home("modules"), "R_de.so"))
    logicals <- is.logical(name)
    if (logicals) 
        mode(name) <- "character"
    if (is.object(name) || isS4(name)) 
        warning("class of 'name' will be discarded", call. = FALSE, immediate. = TRUE)
    dn <- dimnames(name)
    datalist <- split(c(name), col(name))
    if (!is.null(dn[[2L]])) 
        names(datalist) <- dn[[2L]]
    else names(datalist) <- paste0("col", 1L:ncol(name))
    modes <- as.list(rep.int(mode(name), ncol(name)))
    if (edit.row.names && is.null(dn[[1L]])) 
        stop("cannot edit NULL row names")
    if (edit.row.names) {
        datalist <- c(list(row.names = dn[[1L]]), datalist)
        modes <- c(list(row.names = "character"), modes)
    }
    out <- .External2(C_dataentry, datalist, modes)
    lengths <- lengths(out)
    maxlength <- max(lengths)
    if (edit.row.names) 
        rn <- out[[1L]]
    for (i in which(lengths != maxlength)) out[[i]] <- c(out[[i]], rep.int(NA, maxlength - lengths[i]))
    if (edit.row.names) {
        out <- out[-1L]
        if ((ln <- length(rn)) < maxlength) 
            rn <- c(rn, paste0("row", (ln + 1L):maxlength))
    }
    out <- do.call("cbind", out)
    if (edit.row.names) 
        rownames(out) <- rn
    else if (!is.null(dn[[1L]]) && length(dn[[1L]]) == maxlength) 
        rownames(out) <- dn[[1L]]
    if (logicals) 
        mode(out) <- "logical"
    out
}
#@ closure internal edit.vignette
function (name, ...) 
{
    if (is.character(src <- getRcode(name, strict = FALSE))) {
        f <- tempfile(name$Topic, fileext = ".R")
        file.copy(src, f)
        file.edit(file = f, ...)
    }
}
#@ closure exported emacs
function (name = NULL, file = "") 
edit.default(name, file, editor = "emacs")
#@ closure exported example
function (topic, package = NULL, lib.loc = NULL, character.only = FALSE, give.lines = FALSE, local = FALSE, type = c("console", "html"), echo = TRUE, verbose = getOption("verbose"), setRNG = FALSE, ask = getOption("example.ask"), prompt.prefix = abbreviate(topic, 6), run.dontrun = FALSE, run.donttest = interactive()) 
{
    type <- match.arg(type)
    html <- type == "html"
    if (html) {
        enhancedHTML <- str2logical(Sys.getenv("_R_HELP_ENABLE_ENHANCED_HTML_", "TRUE"))
        if (!interactive() || !enhancedHTML || !requireNamespace("knitr", quietly = TRUE)) 
            html <- FALSE
    }
    if (html) {
        port <- tools::startDynamicHelp(NA)
        if (port <= 0L) 
            html <- FALSE
        else {
            if (!is.null(lib.loc)) 
                lib.loc <- NULL
            browser <- if (.Platform$GUI == "AQUA") {
                get("aqua.browser", envir = as.environment("tools:RGUI"))
            }
            else getOption("browser")
        }
    }
    if (!character.only) {
        topic <- substitute(topic)
        if (!is.character(topic)) 
            topic <- deparse(topic)[1L]
    }
    pkgpaths <- find.package(package, lib.loc, verbose = verbose)
    file <- index.search(topic, pkgpaths, firstOnly = TRUE)
    if (!length(file)) {
        warning(gettextf("no help found for %s", sQuote(topic)), domain = NA)
        return(invisible())
    }
    if (verbose) 
        cat("Found file =", sQuote(file), "\n")
    packagePath <- dirname(dirname(file))
    pkgname <- basename(packagePath)
    if (html) {
        query <- if (local) 
            ""
        else "?local=FALSE"
        browseURL(paste0("http://127.0.0.1:", port, "/library/", pkgname, "/Example/", topic, query), browser)
        return(invisible())
    }
    lib <- dirname(packagePath)
    tf <- tempfile("Rex")
    tools::Rd2ex(.getHelpFile(file), tf, commentDontrun = !run.dontrun, commentDonttest = !run.donttest)
    if (!file.exists(tf)) {
        if (give.lines) 
            return(character())
        warning(gettextf("%s has a help file but no examples", sQuote(topic)), domain = NA)
        return(invisible())
    }
    on.exit(unlink(tf))
    if (give.lines) 
        return(readLines(tf))
    if (pkgname != "base") 
        library(pkgname, lib.loc = lib, character.only = TRUE)
    if (!is.logical(setRNG) || setRNG) {
        if ((exists(".Random.seed", envir = .GlobalEnv))) {
            oldSeed <- get(".Random.seed", envir = .GlobalEnv)
            on.exit(assign(".Random.seed", oldSeed, envir = .GlobalEnv), add = TRUE)
        }
        else {
            oldRNG <- RNGkind()
            on.exit(RNGkind(oldRNG[1L], oldRNG[2L], oldRNG[3L]), add = TRUE)
        }
        if (is.logical(setRNG)) {
            RNGkind("default", "default", "default")
            set.seed(1)
        }
        else eval(setRNG)
    }
    zz <- readLines(tf, n = 1L)
    skips <- 0L
    if (echo) {
        zcon <- file(tf, open = "rt")
        while (length(zz) && !length(grep("^### \\*\\*", zz))) {
            skips <- skips + 1L
            zz <- readLines(zcon, n = 1L)
        }
        close(zcon)
    }
    if (ask == "default") 
        ask <- echo && grDevices::dev.interactive(orNone = TRUE)
    if (ask) {
        if (.Device != "null device") {
            oldask <- grDevices::devAskNewPage(ask = TRUE)
            if (!oldask) 
                on.exit(grDevices::devAskNewPage(oldask), add = TRUE)
        }
        op <- options(device.ask.default = TRUE)
        on.exit(options(op), add = TRUE)
    }
    source(tf, local, echo = echo, prompt.echo = paste0(prompt.prefix, getOption("prompt")), continue.echo = paste0(prompt.prefix, getOption("continue")), verbose = verbose, max.deparse.length = Inf, encoding = "UTF-8", skip.echo = skips, keep.source = TRUE)
}
#@ closure internal expr2token
function (x, ok = c("<-", "=", "<<-", "assign", "setGeneric", "setGroupGeneric", "setMethod", "setClass", "setClassUnion"), extended = TRUE) 
{
    id <- ""
    value <- if ((length(x) > 1L) && (length(token <- as.character(x[[2L]])) == 1L) && (length(id <- as.character(x[[1L]])) == 1L) && (id %in% ok)) 
        token
    else character(0L)
    if (extended && identical(id, "setMethod")) {
        sig <- tryCatch(eval(x[[3L]]), error = identity)
        if (!inherits(sig, "error") && is.character(sig)) 
            value <- paste(c(value, sig), collapse = ",")
    }
    value
}
#@ closure exported file_test
function (op, x, y) 
{
    switch(op, `-f` = !is.na(isdir <- file.info(x, extra_cols = FALSE)$isdir) & !isdir, `-d` = dir.exists(x), `-h` = (!is.na(y <- Sys.readlink(x)) & nzchar(y)), `-L` = (!is.na(y <- Sys.readlink(x)) & nzchar(y)), `-nt` = (!is.na(mt.x <- file.mtime(x)) & !is.na(mt.y <- file.mtime(y)) & (mt.x > mt.y)), `-ot` = (!is.na(mt.x <- file.mtime(x)) & !is.na(mt.y <- file.mtime(y)) & (mt.x < mt.y)), `-x` = (file.access(x, 1L) == 0L), `-w` = (file.access(x, 2L) == 0L), `-r` = (file.access(x, 4L) == 0L), stop(gettextf("test '%s' is not available", 
        op), domain = NA))
}
#@ closure exported file.edit
function (..., title = file, editor = getOption("editor"), fileEncoding = "") 
{
    file <- path.expand(c(...))
    title <- rep_len(as.character(title), length(file))
    if (nzchar(fileEncoding) && fileEncoding != "native.enc") {
        tfile <- file
        for (i in seq_along(file)) {
            tfile <- tempfile()
            con <- file(file[i], encoding = fileEncoding)
            writeLines(readLines(con), tfile)
            close(con)
            file[i] <- tfile
        }
    }
    if (is.function(editor)) 
        invisible(editor(file = file, title = title))
    else invisible(.External2(C_fileedit, file, title, editor))
}
#@ closure internal fileCompletionPreferred
function () 
{
    (.CompletionEnv[["start"]] > 0 && {
        linebuffer <- .CompletionEnv[["linebuffer"]]
        lbss <- head.default(unlist(strsplit(linebuffer, "")), .CompletionEnv[["end"]])
        ((sum(lbss == "'")%%2 == 1) || (sum(lbss == "\"")%%2 == 1))
    })
}
#@ closure internal fileCompletions
function (token) 
{
    pfilename <- correctFilenameToken()
    pfilename <- tryCatch(eval(str2expression(paste0("\"", token, "\""))), error = identity)
    if (inherits(pfilename, "error")) 
        return(character())
    pfilename.expanded <- path.expand(pfilename)
    comps <- Sys.glob(sprintf("%s*", pfilename.expanded), dirmark = TRUE)
    if (length(comps) == 1 && endsWith(comps, "/")) {
        filesInside <- list.files(comps, all.files = TRUE, full.names = FALSE, no.. = TRUE)
        if (length(filesInside)) 
            comps <- c(comps, file.path(comps, filesInside))
    }
    if (pfilename.expanded != pfilename) 
        comps <- sub(path.expand("~"), "~", comps, fixed = TRUE)
    if (pfilename != token) 
        comps <- substring(comps, nchar(pfilename) - nchar(token) + 1L, 1000L)
    comps <- gsub("([\\\\'\"])", "\\\\\\1", comps)
    comps
}
#@ closure exported fileSnapshot
function (path = ".", file.info = TRUE, timestamp = NULL, md5sum = FALSE, digest = NULL, full.names = length(path) > 1, ...) 
{
    if (length(path) > 1 && !full.names) 
        stop("'full.names' must be TRUE for multiple paths.")
    if (length(timestamp) == 1) 
        file.create(timestamp)
    path <- normalizePath(path)
    args <- list(...)
    fullnames <- names <- character(0)
    for (i in seq_along(path)) {
        newnames <- do.call(list.files, c(path = path[i], full.names = full.names, args))
        names <- c(names, newnames)
        if (full.names) 
            fullnames <- names
        else fullnames <- c(fullnames, file.path(path[i], newnames))
    }
    if (file.info) {
        info <- file.info(fullnames)
        if (!full.names) 
            rownames(info) <- names
    }
    else info <- data.frame(row.names = names)
    if (md5sum) 
        info <- data.frame(info, md5sum = suppressWarnings(tools::md5sum(fullnames)), stringsAsFactors = FALSE)
    if (!is.null(digest)) 
        info <- data.frame(info, digest = digest(fullnames), stringsAsFactors = FALSE)
    structure(list(info = info, path = path, timestamp = timestamp, file.info = file.info, md5sum = md5sum, digest = digest, full.names = full.names, args = args), class = "fileSnapshot")
}
#@ closure internal filter_packages_by_depends_predicates
function (db, predicate, recursive = TRUE) 
{
    db1 <- data.frame(Package = db[, "Package"], stringsAsFactors = FALSE)
    fields <- c("Depends", "Imports", "LinkingTo")
    for (f in fields) db1[[f]] <- lapply(db[, f], tools:::.extract_dependency_package_names)
    all_packages <- unique(unlist(db1[fields], use.names = FALSE))
    bad_packages <- all_packages[is.na(match(all_packages, db1$Package))]
    bad_packages <- setdiff(bad_packages, unlist(tools:::.get_standard_package_names()))
    ind <- !predicate(db)
    rdepends <- tools::package_dependencies(db1$Package[ind], db = db1, reverse = TRUE, recursive = recursive)
    rdepends <- unique(unlist(rdepends))
    ind[match(rdepends, db1$Package, nomatch = 0L)] <- TRUE
    db[!ind, , drop = FALSE]
}
#@ closure exported find
function (what, mode = "any", numeric = FALSE, simple.words = TRUE) 
{
    stopifnot(is.character(what))
    if (length(what) > 1L) {
        warning("elements of 'what' after the first will be ignored")
        what <- what[1L]
    }
    len.s <- length(sp <- search())
    ind <- logical(len.s)
    check.mode <- mode != "any"
    for (i in 1L:len.s) {
        if (simple.words) {
            found <- what %in% ls(pos = i, all.names = TRUE)
            if (found && check.mode) 
                found <- exists(what, where = i, mode = mode, inherits = FALSE)
            ind[i] <- found
        }
        else {
            li <- ls(pos = i, pattern = what, all.names = TRUE)
            li <- grep("^[.](__|C_|F_)", li, invert = TRUE, value = TRUE)
            if (sp[i] == "package:base") 
                li <- li[!li %in% .dot_internals]
            ll <- length(li)
            if (ll > 0 && check.mode) {
                mode.ok <- vapply(li, exists, NA, where = i, mode = mode, inherits = FALSE)
                ll <- sum(mode.ok)
                if (ll >= 2) 
                  warning(sprintf(ngettext(ll, "%d occurrence in %s", "%d occurrences in %s"), ll, sp[i]), domain = NA)
            }
            ind[i] <- ll > 0L
        }
    }
    if (numeric) 
        structure(which(ind), names = sp[ind])
    else sp[ind]
}
#@ closure internal find_files_in_directories
function (basenames, dirnames) 
{
    dirnames <- dirnames[dir.exists(dirnames)]
    dirnames <- normalizePath(dirnames, "/")
    out <- character(length(basenames))
    pos <- seq_along(out)
    for (dir in dirnames) {
        paths <- file.path(dir, basenames[pos])
        ind <- file_test("-f", paths)
        out[pos[ind]] <- paths[ind]
        pos <- pos[!ind]
        if (!length(pos)) 
            break
    }
    out
}
#@ closure exported findCRANmirror
function (type = c("src", "web")) 
{
    e <- paste0("R_CRAN_", toupper(type))
    Sys.getenv(e, tools:::.get_CRAN_repository_URL())
}
#@ closure internal findExactMatches
function (pattern, values) 
{
    grep(pattern, values, value = TRUE)
}
#@ closure internal findFuzzyMatches
function (pattern, values) 
{
    if (!is.null(ffun <- rc.getOption("fuzzy.match.fun"))) {
        return(ffun(pattern, values))
    }
    exact.matches <- findExactMatches(pattern, values)
    if (length(exact.matches) == 0) {
        normalizedPattern <- gsub("(?<!\\^)(?<=.)(\\\\\\.|_)(?!$)", "", pattern, perl = TRUE)
        normalizedPattern <- gsub("(\\\\\\.|_)$", ".", normalizedPattern)
        normalizedValues <- gsub("(?<=.)[._]", "", values, perl = TRUE)
        values[grep(normalizedPattern, normalizedValues, ignore.case = TRUE)]
    }
    else exact.matches
}
#@ closure internal findGeneric
function (fname, envir, warnS4only = TRUE) 
{
    if (!exists(fname, mode = "function", envir = envir)) 
        return("")
    f <- get(fname, mode = "function", envir = envir)
    if (.isMethodsDispatchOn() && methods::is(f, "genericFunction")) {
        fMethsEnv <- methods::getMethodsForDispatch(f)
        meths <- as.list(fMethsEnv, all.names = TRUE)
        r <- meths[grep("^ANY\\b", names(meths))]
        if (any(ddm <- vapply(r, methods::is, logical(1L), "derivedDefaultMethod"))) 
            f <- r[ddm][[1]]@.Data
        else if (warnS4only) 
            warning(gettextf("'%s' is a formal generic function; S3 methods will not likely be found", fname), domain = NA)
    }
    isUMEbrace <- function(e) {
        for (ee in as.list(e[-1L])) if (nzchar(res <- isUME(ee))) 
            return(res)
        ""
    }
    isUMEif <- function(e) {
        if (length(e) == 3L) 
            isUME(e[[3L]])
        else {
            if (nzchar(res <- isUME(e[[3L]]))) 
                res
            else if (nzchar(res <- isUME(e[[4L]]))) 
                res
            else ""
        }
    }
    isUME <- function(e) {
        if (is.call(e) && (is.name(e[[1L]]) || is.character(e[[1L]]))) {
            switch(as.character(e[[1L]]), UseMethod = as.character(e[[2L]]), `{` = isUMEbrace(e), `if` = isUMEif(e), "")
        }
        else ""
    }
    isUME(body(f))
}
#@ closure exported findLineNum
function (srcfile, line, nameonly = TRUE, envir = parent.frame(), lastenv) 
{
    count <- 0
    result <- list()
    if (!inherits(srcfile, "srcfile")) {
        if (missing(line)) {
            line <- as.numeric(sub(".*#", "", srcfile))
            if (is.na(line)) 
                stop("Line number missing")
            srcfile <- sub("#[^#]*", "", srcfile)
        }
        srcfile <- srcfile(srcfile)
    }
    if (missing(lastenv)) {
        if (missing(envir)) 
            lastenv <- globalenv()
        else lastenv <- emptyenv()
    }
    if (!is.environment(envir)) 
        envir <- environment(envir)
    fns <- character()
    envirs <- list()
    e <- envir
    repeat {
        fns <- c(fns, lsf.str(envir = e, all = TRUE))
        oldlen <- length(envirs)
        length(envirs) <- length(fns)
        if (length(envirs) > oldlen) 
            for (i in seq.int(oldlen + 1, length(envirs))) envirs[[i]] <- e
        if (identical(e, lastenv) || identical(e, emptyenv())) 
            break
        e <- parent.env(e)
    }
    for (i in seq_along(fns)) {
        functionName <- fns[i]
        fn <- get(functionName, envir = envirs[[i]])
        loc <- fnLineNum(fn, srcfile = srcfile, line = line, nameonly = nameonly)
        if (!is.null(loc)) {
            count <- count + 1
            result[[count]] <- c(list(name = functionName, env = envirs[[i]]), loc)
        }
        gen <- tryCatch(methods::isGeneric(functionName, envirs[[i]], fdef = fn), error = identity)
        if (isTRUE(gen)) {
            e1 <- environment(fn)$.AllMTable
            if (!is.null(e1)) {
                sigs <- ls(e1)
                for (j in seq_along(sigs)) {
                  sig <- sigs[j]
                  fn <- get(sig, e1)
                  if (typeof(fn) != "closure") 
                    next
                  loc <- fnLineNum(fn, srcfile = srcfile, line = line, nameonly = nameonly)
                  if (is.null(loc) && length(body(fn)) > 1 && length(body(fn)[[2]]) > 2 && typeof(body(fn)[[c(2, 3)]]) == "closure") {
                    fn2 <- body(fn)[[c(2, 3)]]
                    loc <- fnLineNum(fn2, srcfile = srcfile, line = line, nameonly = nameonly)
                    if (!is.null(loc)) 
                      loc$at <- c(2, 3)
                  }
                  if (!is.null(loc)) {
                    count <- count + 1
                    result[[count]] <- c(list(name = functionName, env = envirs[[i]], signature = strsplit(sig, "#")[[1]]), loc)
                  }
                }
            }
        }
    }
    return(structure(result, class = "findLineNumResult"))
}
#@ closure internal findMatches
function (pattern, values) 
{
    if (.CompletionEnv$settings[["fuzzy"]]) 
        findFuzzyMatches(pattern, values)
    else findExactMatches(pattern, values)
}
#@ closure exported fix
function (x, ...) 
{
    subx <- substitute(x)
    if (is.name(subx)) 
        subx <- deparse(subx)
    if (!is.character(subx) || length(subx) != 1L) 
        stop("'fix' requires a name")
    parent <- parent.frame()
    if (exists(subx, envir = parent, inherits = TRUE)) 
        x <- edit(get(subx, envir = parent), title = subx, ...)
    else {
        x <- edit(function() {
        }, title = subx, ...)
        environment(x) <- .GlobalEnv
    }
    assign(subx, x, envir = .GlobalEnv)
}
#@ closure exported fixInNamespace
function (x, ns, pos = -1, envir = as.environment(pos), ...) 
{
    subx <- substitute(x)
    if (is.name(subx)) 
        subx <- deparse(subx)
    if (!is.character(subx) || length(subx) != 1L) 
        stop("'fixInNamespace' requires a name")
    if (missing(ns)) {
        nm <- attr(envir, "name", exact = TRUE)
        if (is.null(nm) || !startsWith(nm, "package:")) 
            stop("environment specified is not a package")
        ns <- asNamespace(substring(nm, 9L))
    }
    else ns <- asNamespace(ns)
    x <- edit(get(subx, envir = ns, inherits = FALSE), ...)
    assignInNamespace(subx, x, ns)
}
#@ closure exported flush.console
function () 
invisible(.Call(C_flushconsole))
#@ closure internal fnLineNum
function (f, srcfile, line, nameonly = TRUE) 
{
    stopifnot(length(line) == 1)
    targetfilename <- .normalizePath(srcfile$filename)
    fnsrc <- attr(f, "srcref")
    if (!is.null(fnsrc)) 
        fnsrc <- attr(fnsrc, "srcfile")
    else fnsrc <- attr(body(f), "srcfile")
    if (is.null(fnsrc)) 
        return(NULL)
    if (missing(srcfile)) {
        srcfile <- fnsrc
    }
    isBrace <- function(expr) typeof(expr) == "symbol" && identical(as.character(expr), "{")
    lineNumInExpr <- function(expr, haveSrcrefs = FALSE) {
        if (typeof(expr) == "language") {
            srcrefs <- attr(expr, "srcref")
            for (i in seq_along(expr)) {
                srcref <- srcrefs[[i]]
                if (!is.null(srcref) && (srcref[1] > line || line > srcref[3])) 
                  next
                finer <- lineNumInExpr(expr[[i]], haveSrcrefs || !is.null(srcrefs))
                if (!is.null(finer)) {
                  return(c(i, finer))
                }
                havebrace <- isBrace(expr[[i]])
                if (!is.null(srcref) && (!haveSrcrefs || !havebrace)) {
                  return(i)
                }
            }
        }
        return(NULL)
    }
    perfectMatch <- identical(.normalizePath(fnsrc$filename, fnsrc$wd), targetfilename)
    if (perfectMatch || (nameonly && !is.null(fnsrc$filename) && basename(fnsrc$filename) == basename(targetfilename))) {
        if (!is.na(srcfile$timestamp) && !is.null(fnsrc$timestamp) && fnsrc$timestamp != srcfile$timestamp) 
            timediff <- fnsrc$timestamp - srcfile$timestamp
        else timediff <- 0
        at <- lineNumInExpr(body(f))
        if (!is.null(at)) 
            return(list(at = at, filename = .normalizePath(fnsrc$filename, fnsrc$wd), line = line, timediff = timediff))
    }
    return(NULL)
}
#@ closure internal format.aspell
function (x, sort = TRUE, verbose = FALSE, indent = 2L, ...) 
{
    if (!nrow(x)) 
        return(character())
    if (sort) 
        x <- x[order(x$Original, x$File, x$Line, x$Column), ]
    from <- split(sprintf("%s:%d:%d", x$File, x$Line, x$Column), x$Original)
    if (verbose) {
        unlist(Map(function(w, f, s) {
            sprintf("Word: %s\nFrom: %s\n%s", w, paste0(c("", rep.int("      ", length(f) - 1L)), f, collapse = "\n"), paste(strwrap(paste("Suggestions:", paste(s[[1L]], collapse = " ")), exdent = 6L, indent = 0L), collapse = "\n"))
        }, names(from), from, split(x$Suggestions, x$Original)))
    }
    else {
        sep <- sprintf("\n%s", strrep(" ", indent))
        paste(names(from), vapply(from, paste, "", collapse = sep), sep = sep)
    }
}
#@ closure internal format.bibentry
function (x, style = "text", .bibstyle = NULL, citation.bibtex.max = getOption("citation.bibtex.max", 1), bibtex = length(x) <= citation.bibtex.max, sort = FALSE, macros = NULL, ...) 
{
    if (!length(x)) 
        return(character())
    style <- .bibentry_match_format_style(style)
    if (sort) 
        x <- sort(x, .bibstyle = .bibstyle)
    x$.index <- as.list(seq_along(x))
    if (!missing(citation.bibtex.max)) 
        warning(gettextf("Argument '%s' is deprecated; rather set '%s' instead.", "citation.bibtex.max", "bibtex=*"), domain = NA)
    format_via_Rd <- function(f) {
        out <- file()
        saveopt <- tools::Rd2txt_options(width = getOption("width"))
        on.exit({
            tools::Rd2txt_options(saveopt)
            close(out)
        })
        permissive <- Sys.getenv("_R_UTILS_FORMAT_BIBENTRY_VIA_RD_PERMISSIVE_", "TRUE")
        permissive <- tools:::config_val_to_logical(permissive)
        macros <- if (is.null(macros)) 
            tools:::initialRdMacros()
        else if (is.character(macros)) 
            tools::loadRdMacros(macros, tools:::initialRdMacros())
        sapply(.bibentry_expand_crossrefs(x), function(y) {
            txt <- tools::toRd(y, style = .bibstyle)
            if (style == "html") 
                txt <- paste(txt, "\n")
            con <- textConnection(txt)
            on.exit(close(con))
            rd <- tools::parse_Rd(con, fragment = TRUE, permissive = permissive, macros = macros)
            rd <- tools:::processRdSexprs(rd, "install", macros = attr(rd, "macros"))
            f(rd, fragment = TRUE, out = out, ...)
            paste(readLines(out), collapse = "\n")
        })
    }
    format_as_citation <- function(x, msg) {
        m <- attr(x, "mheader")
        if (is.null(m) && is.null(unlist(x$header)) && !is.null(p <- attr(x, "package"))) 
            m <- gettextf("To cite package %s in publications use:", sQuote(p))
        i <- !is.null(m)
        c(character(), if (i) paste(strwrap(m), collapse = "\n"), unlist(lapply(x, function(y) {
            h <- y$header
            j <- !is.null(h)
            s <- y$textVersion
            if (is.null(s)) s <- format(y)
            paste(c(if (j) c(strwrap(h), ""), if (i || j) strwrap(s, prefix = "  ") else strwrap(s), if (bibtex) {
                c(gettext("\nA BibTeX entry for LaTeX users is\n"), paste0("  ", unclass(toBibtex(y))))
            }, if (!is.null(y$footer)) c("", strwrap(y$footer))), collapse = "\n")
        })), paste(strwrap(c(attr(x, "mfooter"), if (!bibtex && msg) "To see these entries in BibTeX format, use 'print(<citation>, bibtex=TRUE)',\n  'toBibtex(.)', or set 'options(citation.bibtex.max=999)'.")), collapse = "\n"))
    }
    out <- switch(style, text = format_via_Rd(tools::Rd2txt), html = format_via_Rd(tools::Rd2HTML), latex = format_via_Rd(tools::Rd2latex), Bibtex = {
        unlist(lapply(x, function(y) paste(toBibtex(y), collapse = "\n")))
    }, textVersion = {
        out <- lapply(unclass(x), attr, "textVersion")
        out[!lengths(out)] <- ""
        unlist(out)
    }, citation = format_as_citation(.bibentry(x), msg = missing(bibtex) && missing(citation.bibtex.max)), R = .format_bibentry_as_R_code(x, ...))
    as.character(out)
}
#@ closure internal format.citation
function (x, style = "citation", ...) 
format.bibentry(x, style = style, ...)
#@ closure internal format.hashtab
function (x, ...) 
{
    addr <- sub("<.*: (.*)>", "\\1", format(unclass(x)[[1]]))
    num <- numhash(x)
    type <- typhash(x)
    sprintf("<hashtable %s: count = %d, type = \"%s\">", addr, num, type)
}
#@ closure internal format.MethodsFunction
function (x, byclass = attr(x, "byclass"), ...) 
{
    info <- attr(x, "info")
    if (byclass) 
        unique(info$generic)
    else paste0(rownames(info), visible = ifelse(info$visible, "", "*"))
}
#@ closure internal format.news_db
function (x, ...) 
{
    if (tools:::.news_db_has_no_bad_entries(x)) {
        vchunks <- split(x, x$Version)
        vstrings <- names(vchunks)
        ind <- vstrings != "R-devel"
        pos <- c(which(!ind), which(ind)[order(as.numeric_version(sub(" *patched", ".1", vstrings[ind])), decreasing = TRUE)])
        vchunks <- vchunks[pos]
        if (length(vchunks)) {
            dates <- sapply(vchunks, function(v) v$Date[1L])
            vstrings <- names(vchunks)
            ind <- vstrings != "R-devel"
            vstrings[ind] <- sprintf("version %s", vstrings[ind])
            vheaders <- format(sprintf("Changes in %s%s", vstrings, ifelse(is.na(dates), "", sprintf(" (%s)", dates))), justify = "centre", width = 72L)
        }
        else vheaders <- character()
        format_items <- function(x) paste0("    o   ", gsub("\n", "\n\t", x$Text, fixed = TRUE))
        format_vchunk <- function(vchunk) {
            if (all(!is.na(category <- vchunk$Category) & nzchar(category))) {
                cchunks <- split(vchunk, factor(category, levels = unique(category)))
                cheaders <- names(cchunks)
                Map(c, cheaders, lapply(cchunks, format_items), USE.NAMES = FALSE)
            }
            else {
                format_items(vchunk)
            }
        }
        Map(c, vheaders, lapply(vchunks, format_vchunk), USE.NAMES = FALSE)
    }
    else {
        apply(as.matrix(x), 1L, function(e) paste(formatDL(e[!is.na(e)], style = "list"), collapse = "\n"))
    }
}
#@ closure internal format.object_size
function (x, units = "b", standard = "auto", digits = 1L, ...) 
{
    known_bases <- c(legacy = 1024, IEC = 1024, SI = 1000)
    known_units <- list(SI = c("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"), IEC = c("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"), legacy = c("b", "Kb", "Mb", "Gb", "Tb", "Pb"), LEGACY = c("B", "KB", "MB", "GB", "TB", "PB"))
    units <- match.arg(units, c("auto", unique(unlist(known_units), use.names = FALSE)))
    standard <- match.arg(standard, c("auto", names(known_bases)))
    if (is.null(digits)) 
        digits <- 1L
    if (standard == "auto") {
        standard <- "legacy"
        if (units != "auto") {
            if (endsWith(units, "iB")) 
                standard <- "IEC"
            else if (endsWith(units, "b")) 
                standard <- "legacy"
            else if (units == "kB") 
                stop("For SI units, specify 'standard = \"SI\"'")
        }
    }
    base <- known_bases[[standard]]
    units_map <- known_units[[standard]]
    if (units == "auto") {
        power <- if (x <= 0) 
            0L
        else min(as.integer(log(x, base = base)), length(units_map) - 1L)
    }
    else {
        power <- match(toupper(units), toupper(units_map)) - 1L
        if (is.na(power)) 
            stop(gettextf("Unit \"%s\" is not part of standard \"%s\"", sQuote(units), sQuote(standard)), domain = NA)
    }
    unit <- units_map[power + 1L]
    if (power == 0 && standard == "legacy") 
        unit <- "bytes"
    paste(round(x/base^power, digits = digits), unit)
}
#@ closure internal format.person
function (x, include = c("given", "family", "email", "role", "comment"), braces = list(given = "", family = "", email = c("<", ">"), role = c("[", "]"), comment = c("(", ")")), collapse = list(given = " ", family = " ", email = ", ", role = ", ", comment = ", "), ..., style = c("text", "R")) 
{
    if (!length(x)) 
        return(character())
    style <- match.arg(style)
    if (style == "R") 
        return(.format_person_as_R_code(x))
    args <- c("given", "family", "email", "role", "comment")
    include <- sapply(include, match.arg, args)
    braces <- braces[args]
    collapse <- collapse[args]
    names(braces) <- names(collapse) <- args
    if (is.null(braces$given)) 
        braces$given <- ""
    if (is.null(braces$family)) 
        braces$family <- ""
    if (is.null(braces$email)) 
        braces$email <- c("<", ">")
    if (is.null(braces$role)) 
        braces$role <- c("[", "]")
    if (is.null(braces$comment)) 
        braces$comment <- c("(", ")")
    braces <- lapply(braces, rep_len, 2L)
    if (is.null(collapse$given)) 
        collapse$given <- " "
    if (is.null(collapse$family)) 
        collapse$family <- " "
    if (is.null(collapse$email)) 
        collapse$email <- ", "
    if (is.null(collapse$role)) 
        collapse$role <- ", "
    if (is.null(collapse$comment)) 
        collapse$comment <- ", "
    collapse <- lapply(collapse, rep_len, 1L)
    x <- lapply(unclass(x), `[`, include)
    braces <- braces[include]
    collapse <- collapse[include]
    if (any(include == "comment")) 
        x <- lapply(x, function(e) {
            e$comment <- .expand_ORCID_identifier(e$comment)
            e
        })
    paste_collapse <- function(x, collapse) {
        if (is.na(collapse) || isFALSE(collapse)) {
            x[1L]
        }
        else {
            paste(x, collapse = collapse)
        }
    }
    format_person1 <- function(p) {
        rval <- lapply(seq_along(p), function(i) {
            if (is.null(p[[i]])) 
                NULL
            else paste0(braces[[i]][1L], paste_collapse(p[[i]], collapse[[i]]), braces[[i]][2L])
        })
        paste(do.call(c, rval), collapse = " ")
    }
    sapply(x, format_person1)
}
#@ closure internal format.roman
function (x, ...) 
format(as.character.roman(x), ...)
#@ closure exported formatOL
function (x, type = "arabic", offset = 0, start = 1, width = 0.9 * getOption("width")) 
{
    if (!length(x)) 
        return(character())
    type_tokens <- c("1", "A", "a", "I", "i")
    type_full_names <- c("arabic", "Alph", "alph", "Roman", "roman")
    type <- match.arg(type, c(type_tokens, type_full_names))
    if (nchar(type, "b") > 1L) 
        type <- type_tokens[match(type, type_full_names)]
    len <- length(x)
    labels <- seq.int(start[1L], length.out = len)
    upper <- labels[len]
    if (type %in% c("A", "a")) {
        if (upper > 26L) 
            stop(gettextf("too many list items (at most up to %d)", 26L), domain = NA)
        labels <- if (type == "A") 
            LETTERS[labels]
        else letters[labels]
    }
    else if (type %in% c("I", "i")) {
        if (upper > 3899L) 
            stop(gettextf("too many list items (at most up to %d)", 3899L), domain = NA)
        labels <- as.character(as.roman(labels))
        if (type == "i") 
            labels <- tolower(labels)
    }
    .format_rl_table(sprintf("%s.", labels), x, offset, width)
}
#@ closure exported formatUL
function (x, label = "*", offset = 0, width = 0.9 * getOption("width")) 
{
    if (!length(x)) 
        return(character())
    .format_rl_table(label, x, offset, width)
}
#@ closure internal functionArgs
function (fun, text, S3methods = .CompletionEnv$settings[["S3"]], S4methods = FALSE, keep.dots = .CompletionEnv$settings[["dots"]], add.args = rc.getOption("funarg.suffix")) 
{
    if (length(fun) < 1L || any(fun == "")) 
        return(character())
    specialFunArgs <- specialFunctionArgs(fun, text)
    if (S3methods && exists(fun, mode = "function")) 
        fun <- c(fun, tryCatch(methods(fun), warning = function(w) {
        }, error = function(e) {
        }))
    if (S4methods) 
        warning("cannot handle S4 methods yet")
    allArgs <- unique(unlist(lapply(fun, argNames)))
    ans <- findMatches(sprintf("^%s", makeRegexpSafe(text)), allArgs)
    if (length(ans) && !keep.dots) 
        ans <- ans[ans != "..."]
    if (length(ans) && !is.null(add.args)) 
        ans <- sprintf("%s%s", ans, add.args)
    c(specialFunArgs, ans)
}
#@ closure internal fuzzyApropos
function (what) 
{
    stopifnot(is.character(what))
    x <- character(0L)
    for (i in seq_along(search())) {
        li <- findFuzzyMatches(what, ls(pos = i, all.names = TRUE))
        if (length(li)) {
            x <- c(x, li)
        }
    }
    findFuzzyMatches(what, x)
}
#@ closure internal get_parse_data_for_message_strings
function (file, encoding = "unknown") 
{
    exprs <- suppressWarnings(tools:::.parse_code_file(file = file, encoding = encoding, keep.source = TRUE))
    if (!length(exprs)) 
        return(NULL)
    pd <- getParseData(exprs)
    parents <- pd$parent
    names(parents) <- pd$id
    gpids <- function(ids) parents[as.character(parents[as.character(ids)])]
    ind <- (pd$token == "SYMBOL_FUNCTION_CALL") & !is.na(match(pd$text, c("warning", "stop", "message", "packageStartupMessage", "gettext", "gettextf", "ngettext")))
    funs <- pd$text[ind]
    ids <- gpids(pd$id[ind])
    calls <- getParseText(pd, ids)
    table <- pd[pd$token == "STR_CONST", ]
    table$text <- getParseText(table, table$id)
    pos <- match(gpids(table$id), ids)
    ind <- !is.na(pos)
    table <- split(table[ind, ], factor(pos[ind], seq_along(ids)))
    extract_message_strings <- function(fun, call, table) {
        call <- str2lang(call)
        call <- call[as.character(call) != "..."]
        mc <- as.list(match.call(get(fun, envir = .BaseNamespaceEnv), call))
        args <- if (fun == "gettextf") 
            mc["fmt"]
        else if (fun == "ngettext") 
            mc[c("msg1", "msg2")]
        else {
            if (!is.null(names(mc))) 
                mc <- mc[!nzchar(names(mc))]
            mc[-1L]
        }
        strings <- as.character(args[vapply(args, is.character, TRUE)])
        texts <- vapply(str2expression(table$text), as.character, "")
        pos <- which(!is.na(match(texts, strings)))
        cbind(table[pos, ], caller = rep.int(fun, length(pos)))
    }
    do.call(rbind, Map(extract_message_strings, as.list(funs), as.list(calls), table))
}
#@ closure exported getAnywhere
function (x) 
{
    if (tryCatch(!is.character(x), error = function(e) TRUE)) 
        x <- as.character(substitute(x))
    objs <- list()
    where <- character()
    visible <- logical()
    if (length(pos <- find(x, numeric = TRUE))) {
        objs <- lapply(pos, function(pos, x) get(x, pos = pos), x = x)
        where <- names(pos)
        visible <- rep.int(TRUE, length(pos))
    }
    if (length(grep(".", x, fixed = TRUE))) {
        np <- length(parts <- strsplit(x, ".", fixed = TRUE)[[1L]])
        for (i in 2:np) {
            gen <- paste(parts[1L:(i - 1)], collapse = ".")
            cl <- paste(parts[i:np], collapse = ".")
            if (gen == "" || cl == "") 
                next
            Call <- substitute(getS3method(gen, cl, TRUE), list(gen = gen, cl = cl))
            f <- eval.parent(Call)
            if (!is.null(f) && !is.null(environment(f))) {
                ev <- topenv(environment(f), baseenv())
                nmev <- if (isNamespace(ev)) 
                  getNamespaceName(ev)
                else NULL
                objs <- c(objs, list(f))
                msg <- paste("registered S3 method for", gen)
                if (!is.null(nmev)) 
                  msg <- paste(msg, "from namespace", nmev)
                where <- c(where, msg)
                visible <- c(visible, FALSE)
            }
        }
    }
    for (i in loadedNamespaces()) {
        ns <- asNamespace(i)
        if (exists(x, envir = ns, inherits = FALSE)) {
            f <- get(x, envir = ns, inherits = FALSE)
            objs <- c(objs, list(f))
            where <- c(where, paste0("namespace:", i))
            visible <- c(visible, FALSE)
        }
    }
    ln <- length(objs)
    dups <- rep.int(FALSE, ln)
    if (ln > 1L) 
        for (i in 2L:ln) for (j in 1L:(i - 1L)) if (identical(objs[[i]], objs[[j]], ignore.environment = TRUE)) {
            dups[i] <- TRUE
            break
        }
    structure(list(name = x, objs = objs, where = where, visible = visible, dups = dups), class = "getAnywhere")
}
#@ closure exported getCRANmirrors
function (all = FALSE, local.only = FALSE) 
{
    .getMirrors("https://cran.r-project.org/CRAN_mirrors.csv", file.path(R.home("doc"), "CRAN_mirrors.csv"), all = all, local.only = local.only)
}
#@ closure internal getDependencies
function (pkgs, dependencies = NA, available = NULL, lib = .libPaths()[1L], binary = FALSE, ..., av2 = NULL) 
{
    if (is.null(dependencies)) 
        return(unique(pkgs))
    oneLib <- length(lib) == 1L
    dep2 <- NULL
    if (is.logical(dependencies) && is.na(dependencies)) 
        dependencies <- c("Depends", "Imports", "LinkingTo")
    depends <- is.character(dependencies) || (is.logical(dependencies) && dependencies)
    if (depends && is.logical(dependencies)) {
        if (binary) {
            dependencies <- c("Depends", "Imports", "Suggests")
            dep2 <- c("Depends", "Imports")
        }
        else {
            dependencies <- c("Depends", "Imports", "LinkingTo", "Suggests")
            dep2 <- c("Depends", "Imports", "LinkingTo")
        }
    }
    if (depends && !oneLib) {
        warning("Do not know which element of 'lib' to install dependencies into\nskipping dependencies")
        depends <- FALSE
    }
    p0 <- unique(pkgs)
    miss <- !p0 %in% row.names(available)
    base <- vapply(p0, isBasePkg, FALSE)
    if (sum(base)) 
        warning(sprintf(ngettext(sum(base), "package %s is a base package, and should not be updated", "packages %s are base packages, and should not be updated"), paste(sQuote(p0[base]), collapse = ", ")), domain = NA, call. = FALSE)
    m0 <- miss & !base
    msg2 <- NULL
    if (sum(m0) && !is.null(av2)) {
        keep <- rownames(av2) %in% p0[m0]
        av2 <- av2[keep, , drop = FALSE]
        if (nrow(av2)) {
            ds <- av2[, "Depends"]
            ds[is.na(ds)] <- ""
            x <- lapply(strsplit(sub("^[[:space:]]*", "", ds), "[[:space:]]*,[[:space:]]*"), function(s) s[grepl("^R[[:space:]]*\\(", s)])
            lens <- lengths(x)
            pos <- which(lens > 0L)
            av2 <- av2[pos, , drop = FALSE]
            x <- x[pos]
            msg2 <- paste(sQuote(av2[, "Package"]), "version", av2[, "Version"], "is in the repositories but depends on", unlist(x))
        }
    }
    if (sum(m0)) {
        msg <- paste0(if (binary) 
            "as a binary package ", "for this version of R")
        msg3 <- c(paste0(ngettext(sum(m0), "A version of this package for your version of R might be available elsewhere,\nsee the ideas at\n", "Versions of these packages for your version of R might be available elsewhere,\nsee the ideas at\n"), if (grepl("Under development", R.version.string)) {
            "https://cran.r-project.org/doc/manuals/r-devel/R-admin.html#Installing-packages"
        } else {
            "https://cran.r-project.org/doc/manuals/r-patched/R-admin.html#Installing-packages"
        }))
        warning(sprintf(ngettext(sum(m0), "package %s is not available %s", "packages %s are not available %s"), paste(sQuote(p0[m0]), collapse = ", "), paste(c(msg, msg2, "", msg3), collapse = "\n")), domain = NA, call. = FALSE)
        if (sum(m0) == 1L && !is.na(w <- match(tolower(p0[m0]), tolower(row.names(available))))) {
            warning(sprintf("Perhaps you meant %s ?", sQuote(row.names(available)[w])), call. = FALSE, domain = NA)
        }
        flush.console()
    }
    p0 <- p0[!miss]
    if (depends && length(p0)) {
        p1 <- p0
        libpath <- .libPaths()
        if (!lib %in% libpath) 
            libpath <- c(lib, libpath)
        installed <- installed.packages(lib.loc = libpath, fields = c("Package", "Version"), ...)
        not_avail <- character()
        repeat {
            deps <- apply(available[p1, dependencies, drop = FALSE], 1L, function(x) paste(x[!is.na(x)], collapse = ", "))
            res <- .clean_up_dependencies2(deps, installed, available)
            not_avail <- c(not_avail, res[[2L]])
            deps <- unique(res[[1L]])
            deps <- deps[!deps %in% c("R", pkgs)]
            if (!length(deps)) 
                break
            pkgs <- c(deps, pkgs)
            p1 <- deps
            if (!is.null(dep2)) {
                dependencies <- dep2
                dep2 <- NULL
            }
        }
        if (length(not_avail)) {
            not_avail <- unique(not_avail)
            warning(sprintf(ngettext(length(not_avail), "dependency %s is not available", "dependencies %s are not available"), paste(sQuote(not_avail), collapse = ", ")), domain = NA, call. = FALSE, immediate. = TRUE)
            flush.console()
        }
        pkgs <- unique(pkgs)
        pkgs <- pkgs[pkgs %in% row.names(available)]
        if (length(pkgs) > length(p0)) {
            added <- setdiff(pkgs, p0)
            message(sprintf(ngettext(length(added), "also installing the dependency %s", "also installing the dependencies %s"), paste(sQuote(added), collapse = ", ")), "\n", domain = NA)
            flush.console()
        }
        p0 <- pkgs
    }
    p0
}
#@ closure exported getFromNamespace
function (x, ns, pos = -1, envir = as.environment(pos)) 
{
    if (missing(ns)) {
        nm <- attr(envir, "name", exact = TRUE)
        if (is.null(nm) || !startsWith(nm, "package:")) 
            stop("environment specified is not a package")
        ns <- asNamespace(substring(nm, 9L))
    }
    else ns <- asNamespace(ns)
    get(x, envir = ns, inherits = FALSE)
}
#@ closure exported gethash
function (h, key, nomatch = NULL) 
.External(C_gethash_Ext, h, key, nomatch)
#@ closure internal getIsFirstArg
function () 
.CompletionEnv[["isFirstArg"]]
#@ closure internal getKnownS3generics
function () 
c(names(.knownS3Generics), tools:::.get_internal_S3_generics())
#@ closure exported getParseData
function (x, includeText = NA) 
{
    srcfile <- if (inherits(x, "srcfile")) 
        x
    else getSrcfile(x)
    if (is.null(srcfile)) 
        return(NULL)
    else data <- srcfile$parseData
    if (!is.null(data)) {
        tokens <- attr(data, "tokens")
        data <- t(unclass(data))
        colnames(data) <- c("line1", "col1", "line2", "col2", "terminal", "token.num", "id", "parent")
        data <- data.frame(data[, -c(5, 6), drop = FALSE], token = tokens, terminal = as.logical(data[, "terminal"]), text = attr(data, "text"), stringsAsFactors = FALSE)
        o <- order(data[, 1], data[, 2], -data[, 3], -data[, 4])
        data <- data[o, ]
        rownames(data) <- data$id
        attr(data, "srcfile") <- srcfile
        gettext <- if (isTRUE(includeText)) 
            which(!nzchar(data$text))
        else if (is.na(includeText)) 
            which(!nzchar(data$text) & data$terminal)
        else {
            data$text <- NULL
            integer(0)
        }
        if (length(gettext)) 
            data$text[gettext] <- getParseText(data, data$id[gettext])
    }
    data
}
#@ closure exported getParseText
function (parseData, id) 
{
    srcfile <- attr(parseData, "srcfile")
    d <- parseData[as.character(id), ]
    text <- d$text
    if (is.null(text)) {
        text <- character(nrow(d))
        blank <- seq_along(text)
    }
    else blank <- which(!nzchar(text) | (d$token == "STR_CONST" & startsWith(text, "[")))
    for (i in blank) {
        lines <- getSrcLines(srcfile, d$line1[i], d$line2[i])
        n <- length(lines)
        lines[n] <- substr_with_tabs(lines[n], 1, d$col2[i])
        lines[1] <- substr_with_tabs(lines[1], d$col1[i], Inf)
        text[i] <- paste(lines, collapse = "\n")
    }
    text
}
#@ closure internal getRcode
function (x, ...) 
UseMethod("getRcode")
#@ closure internal getRcode.vignette
function (x, strict = TRUE, ...) 
{
    if (nzchar(p <- x$R)) {
        file.path(x$Dir, "doc", p)
    }
    else {
        (if (strict) 
            stop
        else warning)(gettextf("vignette %s has no R code", sQuote(x$Topic)), call. = FALSE, domain = NA)
    }
}
#@ closure exported getS3method
function (f, class, optional = FALSE, envir = parent.frame()) 
{
    stopifnot(is.character(f), length(f) == 1L)
    stopifnot(is.character(class), length(class) == 1L)
    if (!any(f == getKnownS3generics())) {
        truegf <- findGeneric(f, envir)
        if (nzchar(truegf)) 
            f <- truegf
        else {
            if (optional) 
                return(NULL)
            else stop(gettextf("no function '%s' could be found", f), domain = NA)
        }
    }
    method <- paste(f, class, sep = ".")
    if (!is.null(m <- get0(method, envir = envir, mode = "function"))) 
        return(m)
    defenv <- if (!is.na(w <- .knownS3Generics[f])) 
        asNamespace(w)
    else if (f %in% tools:::.get_internal_S3_generics()) 
        .BaseNamespaceEnv
    else {
        genfun <- get(f, mode = "function", envir = envir)
        if (.isMethodsDispatchOn() && methods::is(genfun, "genericFunction")) 
            genfun <- methods::selectMethod(genfun, "ANY")
        .defenv_for_S3_registry(genfun)
    }
    S3Table <- get(".__S3MethodsTable__.", envir = defenv)
    if (!is.null(m <- get0(method, envir = S3Table, inherits = FALSE))) 
        m
    else if (optional) 
        NULL
    else stop(gettextf("S3 method '%s' not found", method), domain = NA)
}
#@ closure internal getSrcByte
function (x) 
{
    srcref <- attr(x, "srcref")
    if (is.null(srcref)) 
        -1L
    else srcref[2L]
}
#@ closure exported getSrcDirectory
function (x, unique = TRUE) 
{
    result <- dirname(getSrcFilename(x, full.names = TRUE, unique = unique))
    if (unique) 
        unique(result)
    else result
}
#@ closure internal getSrcfile
function (x) 
{
    if (!is.null(r <- attr(x, "srcfile"))) 
        return(r)
    srcref <- attr(x, "wholeSrcref")
    if (is.null(srcref)) {
        srcref <- getSrcref(x)
        if (is.list(srcref) && length(srcref)) 
            srcref <- srcref[[length(srcref)]]
    }
    attr(srcref, "srcfile")
}
#@ closure exported getSrcFilename
function (x, full.names = FALSE, unique = TRUE) 
{
    srcref <- getSrcref(x)
    if (is.list(srcref)) 
        result <- sapply(srcref, getSrcFilename, full.names, unique)
    else {
        srcfile <- attr(srcref, "srcfile")
        if (is.null(srcfile)) 
            result <- character()
        else result <- srcfile$filename
    }
    result <- if (full.names) 
        result
    else basename(result)
    if (unique) 
        unique(result)
    else result
}
#@ closure exported getSrcLocation
function (x, which = c("line", "column", "byte", "parse"), first = TRUE) 
{
    srcref <- getSrcref(x)
    if (is.null(srcref)) 
        return(NULL)
    if (is.list(srcref)) 
        sapply(srcref, getSrcLocation, which, first)
    else {
        if (length(srcref) == 6L) 
            srcref <- c(srcref, srcref[c(1L, 3L)])
        which <- match.arg(which)
        if (first) 
            index <- c(line = 1L, column = 5L, byte = 2L, parse = 7L)[which]
        else index <- c(line = 3L, column = 6L, byte = 4L, parse = 8L)[which]
        srcref[index]
    }
}
#@ closure exported getSrcref
function (x) 
{
    if (inherits(x, "srcref")) 
        x
    else if (!is.null(srcref <- attr(x, "srcref")) || is.function(x) && !is.null(srcref <- getSrcref(body(x)))) 
        srcref
    else if (methods::is(x, "MethodDefinition")) 
        getSrcref(unclass(methods::unRematchDefinition(x)))
}
#@ closure exported getTxtProgressBar
function (pb) 
{
    if (!inherits(pb, "txtProgressBar")) 
        stop(gettextf("'pb' is not from class %s", dQuote("txtProgressBar")), domain = NA)
    pb$getVal()
}
#@ closure exported glob2rx
function (pattern, trim.head = FALSE, trim.tail = TRUE) 
{
    if (!length(pattern)) 
        return(character())
    p <- gsub(".", "\\.", paste0("^", pattern, "$"), fixed = TRUE)
    p <- gsub("?", ".", gsub("*", ".*", p, fixed = TRUE), fixed = TRUE)
    p <- gsub("([^\\])\\(", "\\1\\\\(", p)
    p <- gsub("([^\\])\\[", "\\1\\\\[", p)
    p <- gsub("([^\\])\\{", "\\1\\\\{", p)
    if (trim.tail) 
        p <- sub(".*$", "", p, fixed = TRUE)
    if (trim.head) 
        p <- sub("^.*", "", p, fixed = TRUE)
    p
}
#@ closure exported globalVariables
function (names, package, add = TRUE) 
registerNames(names, package, ".__global__", add)
#@ closure exported hashtab
function (type = c("identical", "address"), size) 
{
    K <- if (missing(size)) 
        3
    else ceiling(log2(2 * size))
    type <- match.arg(type)
    .External(C_hashtab_Ext, type, K)
}
#@ closure exported hasName
function (x, name) 
match(name, names(x), nomatch = 0L) > 0L
#@ closure exported head
function (x, ...) 
UseMethod("head")
#@ closure internal head.array
function (x, n = 6L, ...) 
{
    checkHT(n, d <- dim(x))
    args <- rep(alist(x, , drop = FALSE), c(1L, length(d), 1L))
    ii <- which(!is.na(n[seq_along(d)]))
    args[1L + ii] <- lapply(ii, function(i) seq_len(if ((ni <- n[i]) < 0L) max(d[i] + ni, 0L) else min(ni, d[i])))
    do.call(`[`, args)
}
#@ closure internal head.default
function (x, n = 6L, ...) 
{
    checkHT(n, dx <- dim(x))
    if (!is.null(dx)) 
        head.array(x, n, ...)
    else if (length(n) == 1L) {
        n <- if (n < 0L) 
            max(length(x) + n, 0L)
        else min(n, length(x))
        x[seq_len(n)]
    }
    else stop(gettextf("no method found for %s(., n=%s) and class %s", "head", deparse(n), sQuote(class(x))), domain = NA)
}
#@ closure internal head.ftable
function (x, n = 6L, ...) 
{
    r <- format(x)
    dimnames(r) <- list(rep.int("", nrow(r)), rep.int("", ncol(r)))
    noquote(head.matrix(r, n = n + nrow(r) - nrow(x), ...))
}
#@ closure internal head.function
function (x, n = 6L, ...) 
{
    checkHT(n, dim(x))
    lines <- as.matrix(deparse(x))
    dimnames(lines) <- list(seq_along(lines), "")
    noquote(head(lines, n = n))
}
#@ closure exported head.matrix
function (x, n = 6L, ...) 
{
    checkHT(n, d <- dim(x))
    args <- rep(alist(x, , drop = FALSE), c(1L, length(d), 1L))
    ii <- which(!is.na(n[seq_along(d)]))
    args[1L + ii] <- lapply(ii, function(i) seq_len(if ((ni <- n[i]) < 0L) max(d[i] + ni, 0L) else min(ni, d[i])))
    do.call(`[`, args)
}
#@ closure exported help
function (topic, package = NULL, lib.loc = NULL, verbose = getOption("verbose"), try.all.packages = getOption("help.try.all.packages"), help_type = getOption("help_type")) 
{
    types <- c("text", "html", "pdf")
    help_type <- if (!length(help_type)) 
        "text"
    else match.arg(tolower(help_type), types)
    if (!missing(package)) 
        if (is.name(y <- substitute(package))) 
            package <- as.character(y)
    if (missing(topic)) {
        if (!is.null(package)) {
            if (interactive() && help_type == "html") {
                port <- tools::startDynamicHelp(NA)
                if (port <= 0L) 
                  return(library(help = package, lib.loc = lib.loc, character.only = TRUE))
                browser <- if (.Platform$GUI == "AQUA") {
                  get("aqua.browser", envir = as.environment("tools:RGUI"))
                }
                else getOption("browser")
                browseURL(paste0("http://127.0.0.1:", port, "/library/", package, "/html/00Index.html"), browser)
                return(invisible())
            }
            else return(library(help = package, lib.loc = lib.loc, character.only = TRUE))
        }
        if (!is.null(lib.loc)) 
            return(library(lib.loc = lib.loc))
        topic <- "help"
        package <- "utils"
        lib.loc <- .Library
    }
    ischar <- tryCatch(is.character(topic) && length(topic) == 1L, error = function(e) FALSE)
    if (!ischar) {
        reserved <- c("TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_complex_", "NA_character_")
        stopic <- deparse1(substitute(topic))
        if (!is.name(substitute(topic)) && !stopic %in% reserved) 
            stop("'topic' should be a name, length-one character vector or reserved word")
        topic <- stopic
    }
    paths <- index.search(topic, find.package(if (is.null(package)) 
        loadedNamespaces()
    else package, lib.loc, verbose = verbose))
    try.all.packages <- !length(paths) && is.logical(try.all.packages) && !is.na(try.all.packages) && try.all.packages && is.null(package) && is.null(lib.loc)
    if (try.all.packages) {
        for (lib in .libPaths()) {
            packages <- .packages(TRUE, lib)
            packages <- packages[is.na(match(packages, .packages()))]
            paths <- c(paths, index.search(topic, file.path(lib, packages)))
        }
        paths <- paths[nzchar(paths)]
    }
    structure(unique(paths), call = match.call(), topic = topic, tried_all_packages = try.all.packages, type = help_type, class = "help_files_with_topic")
}
#@ closure exported help.request
function (subject = "", address = "r-help@R-project.org", file = "R.help.request", ...) 
{
    webpage <- "corresponding web page"
    catPlease <- function() cat("Please do this first - the", webpage, "has been loaded in your web browser\n")
    go <- function(url) {
        catPlease()
        browseURL(url)
    }
    MyWrap <- function(...) paste(paste(strwrap(paste(...)), collapse = "\n"))
    checkPkgs <- function(pkgDescs, pkgtxt = paste("packages", paste(names(pkgDescs), collapse = ", "))) {
        cat("Checking if", pkgtxt, "are up-to-date; may take some time...\n")
        stopifnot(sapply(pkgDescs, inherits, what = "packageDescription"))
        fields <- .instPkgFields(NULL)
        n <- length(pkgDescs)
        iPkgs <- matrix(NA_character_, n, 2L + length(fields), dimnames = list(NULL, c("Package", "LibPath", fields)))
        for (i in seq_len(n)) {
            desc <- c(unlist(pkgDescs[[i]]), LibPath = dirname(dirname(dirname(attr(pkgDescs[[i]], "file")))))
            nms <- intersect(names(desc), colnames(iPkgs))
            iPkgs[i, nms] <- desc[nms]
        }
        old <- old.packages(instPkgs = iPkgs)
        if (!is.null(old)) {
            update <- askYesNo(MyWrap("The following installed packages are out-of-date:\n", paste(strwrap(rownames(old), width = 0.7 * getOption("width"), indent = 0.15 * getOption("width")), collapse = "\n"), "would you like to update now?"))
            if (is.na(update)) 
                stop("Cancelled by user")
            if (isTRUE(update)) 
                update.packages(oldPkgs = old, ask = FALSE)
        }
    }
    cat("Checklist:\n")
    post <- askYesNo("Have you read the posting guide?")
    if (!isTRUE(post)) 
        return(go("https://www.r-project.org/posting-guide.html"))
    FAQ <- askYesNo("Have you checked the FAQ?")
    if (!isTRUE(FAQ)) 
        return(go("https://cran.r-project.org/faqs.html"))
    intro <- askYesNo("Have you checked An Introduction to R?")
    if (!isTRUE(intro)) 
        return(go("https://cran.r-project.org/manuals.html"))
    NEWS <- askYesNo(MyWrap("Have you checked the NEWS of the latest development release?"))
    if (!isTRUE(NEWS)) 
        return(go("https://cran.r-project.org/doc/manuals/r-devel/NEWS.html"))
    rsitesearch <- askYesNo("Have you looked on RSiteSearch?")
    if (!isTRUE(rsitesearch)) {
        catPlease()
        return(RSiteSearch(subject))
    }
    inf <- sessionInfo()
    if ("otherPkgs" %in% names(inf)) {
        oPkgs <- names(inf$otherPkgs)
        other <- askYesNo(MyWrap("You have packages", paste0("(", paste(sQuote(oPkgs), collapse = ", "), ")"), "other than the base packages loaded. ", "If your query relates to one of these, have you ", "checked any corresponding books/manuals and", "considered contacting the package maintainer?"))
        if (!isTRUE(other)) 
            return("Please do this first.")
    }
    page <- url("https://cran.r-project.org/bin/windows/base")
    title <- try(grep("<title>", readLines(page, 10L), fixed = TRUE, value = TRUE), silent = TRUE)
    if (!inherits(title, "try-error")) {
        ver <- sub("^.*R-([^ ]*) for Windows.*$", "\\1", title)
        if (getRversion() < numeric_version(ver)) {
            update <- askYesNo(MyWrap("Your R version is out-of-date,", "would you like to update now?"))
            if (is.na(update)) 
                stop("Cancelled by user")
            if (isTRUE(update)) 
                return(go(getOption("repos")))
        }
    }
    else warning("Unable to connect to CRAN to check R version.")
    if ("otherPkgs" %in% names(inf)) {
        checkPkgs(inf$otherPkgs)
    }
    code <- askYesNo(paste0("Have you written example code that is\n", " - minimal\n - reproducible\n - self-contained\n - commented", "\nusing data that is either\n", " - constructed by the code\n - loaded by data()\n", " - reproduced using dump(\"mydata\", file = \"\")\n", MyWrap("and have you checked this code in a fresh R session", "(invoking R with the --vanilla option if possible)", "and is this code copied to the clipboard?")))
    if (!isTRUE(code)) 
        return(cat("\nIf your query is not directly related to code", "(e.g. a general query \nabout R's capabilities),", "email R-help@r-project.org directly. ", "\nOtherwise prepare some example code first.\n"))
    change <- askYesNo(MyWrap("Would you like to change your subject line: ", dQuote(subject), " to something more meaningful?"))
    if (is.na(change)) 
        stop("Cancelled by user")
    if (isTRUE(change)) 
        subject <- readline("Enter subject: \n")
    create.post(instructions = paste("\\n<<SEND AS PLAIN TEXT!>>\\n\\n", "\\n<<Write your query here, using your example code to illustrate>>", "\\n<<End with your name and affiliation>>\\n\\n\\n\\n"), description = "help request", subject = subject, address = address, filename = file, info = bug.report.info(), ...)
}
#@ closure exported help.search
function (pattern, fields = c("alias", "concept", "title"), apropos, keyword, whatis, ignore.case = TRUE, package = NULL, lib.loc = NULL, help.db = getOption("help.db"), verbose = getOption("verbose"), rebuild = FALSE, agrep = NULL, use_UTF8 = FALSE, types = getOption("help.search.types")) 
{
    .wrong_args <- function(args) gettextf("argument %s must be a single character string", sQuote(args))
    if (is.logical(verbose)) 
        verbose <- 2 * as.integer(verbose)
    fuzzy <- agrep
    if (!missing(pattern)) {
        if (!is.character(pattern) || (length(pattern) > 1L)) 
            stop(.wrong_args("pattern"), domain = NA)
        i <- pmatch(fields, hsearch_db_fields)
        if (anyNA(i)) 
            stop("incorrect field specification")
        else fields <- hsearch_db_fields[i]
    }
    else if (!missing(apropos)) {
        if (!is.character(apropos) || (length(apropos) > 1L)) 
            stop(.wrong_args("apropos"), domain = NA)
        else {
            pattern <- apropos
            fields <- c("alias", "title")
        }
    }
    else if (!missing(keyword)) {
        if (!is.character(keyword) || (length(keyword) > 1L)) 
            stop(.wrong_args("keyword"), domain = NA)
        else {
            pattern <- keyword
            fields <- "keyword"
            if (is.null(fuzzy)) 
                fuzzy <- FALSE
        }
    }
    else if (!missing(whatis)) {
        if (!is.character(whatis) || (length(whatis) > 1)) 
            stop(.wrong_args("whatis"), domain = NA)
        else {
            pattern <- whatis
            fields <- "alias"
        }
    }
    else {
        stop("do not know what to search")
    }
    if (!missing(help.db)) 
        warning("argument 'help.db' is deprecated")
    i <- pmatch(types, hsearch_db_types)
    if (anyNA(i)) 
        stop("incorrect type specification")
    else types <- hsearch_db_types[i]
    db <- hsearch_db(package, lib.loc, types, verbose, rebuild, use_UTF8)
    lib.loc <- attr(db, "LibPaths")
    if (!identical(sort(types), sort(attr(db, "Types")))) {
        db$Base <- db$Base[!is.na(match(db$Base$Type, types)), ]
        db[-1L] <- lapply(db[-1L], function(e) {
            e[!is.na(match(e$ID, db$Base$ID)), ]
        })
    }
    if (!is.null(package)) {
        pos_in_hsearch_db <- match(package, unique(db$Base[, "Package"]), nomatch = 0L)
        if (any(pos_in_hsearch_db) == 0L) 
            stop(gettextf("no information in the database for package %s: need 'rebuild = TRUE'?", sQuote(package[pos_in_hsearch_db == 0][1L])), domain = NA)
        db[] <- lapply(db, function(e) {
            e[!is.na(match(e$Package, package)), ]
        })
    }
    if (verbose >= 2L) {
        message("Database of ", NROW(db$Base), " help objects (", NROW(db$Aliases), " aliases, ", NROW(db$Concepts), " concepts, ", NROW(db$Keywords), " keywords)", domain = NA)
        flush.console()
    }
    if (!length(db$Base)) 
        return(invisible())
    if (is.null(fuzzy) || is.na(fuzzy)) 
        fuzzy <- (grepl("^([[:alnum:]]|[[:space:]]|-)+$", pattern) && (nchar(pattern, type = "c") > 4L))
    if (is.logical(fuzzy)) {
        if (fuzzy) 
            max.distance <- 0.1
    }
    else if (is.numeric(fuzzy) || is.list(fuzzy)) {
        max.distance <- fuzzy
        fuzzy <- TRUE
    }
    else stop("incorrect 'agrep' specification")
    dbBase <- db$Base
    search_fun <- if (fuzzy) {
        function(x) {
            agrep(pattern, x, ignore.case = ignore.case, max.distance = max.distance)
        }
    }
    else {
        function(x) {
            grep(pattern, x, ignore.case = ignore.case, perl = use_UTF8)
        }
    }
    search_db_results <- function(p, f, e) list2DF(list(Position = p, Field = f, Entry = e))
    search_db_field <- function(field) {
        switch(field, alias = {
            aliases <- db$Aliases$Alias
            matched <- search_fun(aliases)
            search_db_results(match(db$Aliases$ID[matched], dbBase$ID), rep.int(field, length(matched)), aliases[matched])
        }, concept = {
            concepts <- db$Concepts$Concept
            matched <- search_fun(concepts)
            search_db_results(match(db$Concepts$ID[matched], dbBase$ID), rep.int(field, length(matched)), concepts[matched])
        }, keyword = {
            keywords <- db$Keywords$Keyword
            matched <- search_fun(keywords)
            search_db_results(match(db$Keywords$ID[matched], dbBase$ID), rep.int(field, length(matched)), keywords[matched])
        }, name = {
            matched <- search_fun(dbBase$Name)
            search_db_results(matched, rep.int("Name", length(matched)), dbBase$Name[matched])
        }, title = {
            matched <- search_fun(dbBase$Title)
            search_db_results(matched, rep.int("Title", length(matched)), dbBase$Title[matched])
        })
    }
    matches <- NULL
    for (f in fields) matches <- rbind(matches, search_db_field(f))
    matches <- matches[order(matches$Position), ]
    db <- cbind(dbBase[matches$Position, c("Topic", "Title", "Name", "ID", "Package", "LibPath", "Type"), drop = FALSE], matches[c("Field", "Entry")])
    rownames(db) <- NULL
    if (verbose >= 2L) {
        n_of_objects_matched <- length(unique(db[, "ID"]))
        message(sprintf(ngettext(n_of_objects_matched, "matched %d object.", "matched %d objects."), n_of_objects_matched), domain = NA)
        flush.console()
    }
    y <- list(pattern = pattern, fields = fields, type = if (fuzzy) "fuzzy" else "regexp", agrep = agrep, ignore.case = ignore.case, types = types, package = package, lib.loc = lib.loc, matches = db)
    class(y) <- "hsearch"
    y
}
#@ closure exported help.start
function (update = FALSE, gui = "irrelevant", browser = getOption("browser"), remote = NULL) 
{
    WINDOWS <- .Platform$OS.type == "windows"
    if (!WINDOWS) {
        if (!is.function(browser) && (length(browser) != 1L || !is.character(browser) || !nzchar(browser))) 
            stop("invalid browser name, check options(\"browser\").")
    }
    home <- if (is.null(remote)) {
        port <- tools::startDynamicHelp(NA)
        if (port > 0L) {
            if (update) 
                make.packages.html(temp = TRUE)
            paste0("http://127.0.0.1:", port)
        }
        else stop("help.start() requires the HTTP server to be running", call. = FALSE)
    }
    else remote
    url <- paste0(home, "/doc/html/index.html")
    if (WINDOWS) {
        cat(gettextf("If nothing happens, you should open\n%s yourself\n", sQuote(url)))
    }
    else if (is.character(browser)) {
        writeLines(strwrap(gettextf("If the browser launched by '%s' is already running, it is *not* restarted, and you must switch to its window.", browser), exdent = 4L))
        writeLines(gettext("Otherwise, be patient ..."))
    }
    browseURL(url, browser = browser)
    invisible()
}
#@ closure internal helpCompletions
function (prefix = "", suffix) 
{
    if (prefix %in% c("?", "??")) 
        return(character(0))
    nc <- if (.CompletionEnv$settings[["help"]]) 
        matchAvailableTopics(prefix, suffix)
    else normalCompletions(suffix, check.mode = FALSE)
    if (length(nc)) 
        sprintf("%s?%s", prefix, nc)
    else character()
}
#@ closure exported history
function (max.show = 25, reverse = FALSE, pattern, ...) 
{
    file1 <- tempfile("Rrawhist")
    savehistory(file1)
    rawhist <- readLines(file1)
    unlink(file1)
    if (!missing(pattern)) 
        rawhist <- unique(grep(pattern, rawhist, value = TRUE, ...))
    nlines <- length(rawhist)
    if (nlines) {
        inds <- max(1, nlines - max.show):nlines
        if (reverse) 
            inds <- rev(inds)
    }
    else inds <- integer()
    file2 <- tempfile("hist")
    writeLines(rawhist[inds], file2)
    file.show(file2, title = "R History", delete.file = TRUE)
}
#@ closure exported hsearch_db
function (package = NULL, lib.loc = NULL, types = getOption("help.search.types"), verbose = getOption("verbose"), rebuild = FALSE, use_UTF8 = FALSE) 
{
    WINDOWS <- .Platform$OS.type == "windows"
    if (is.logical(verbose)) 
        verbose <- 2 * as.integer(verbose)
    if (is.null(lib.loc)) 
        lib.loc <- .libPaths()
    i <- pmatch(types, hsearch_db_types)
    if (anyNA(i)) 
        stop("incorrect type specification")
    else types <- hsearch_db_types[i]
    db <- eval(.hsearch_db())
    if (is.null(db)) 
        rebuild <- TRUE
    else if (!rebuild) {
        if (!identical(lib.loc, attr(db, "LibPaths")) || anyNA(match(types, attr(db, "Types"))) || any(attr(db, "mtime") < file.mtime(lib.loc[file.exists(lib.loc)])) || !identical(attr(db, "ctype"), Sys.getlocale("LC_CTYPE"))) 
            rebuild <- TRUE
        if (!is.null(package) && any(is.na(match(package, db$Base[, "Package"])))) 
            rebuild <- TRUE
    }
    if (rebuild) {
        if (verbose > 0L) {
            message("Rebuilding the help.search() database", " ", "...", if (verbose > 1L) 
                "...", domain = NA)
            flush.console()
        }
        want_type_help <- any(types == "help")
        want_type_demo <- any(types == "demo")
        want_type_vignette <- any(types == "vignette")
        if (!is.null(package)) {
            packages_in_hsearch_db <- package
            package_paths <- NULL
        }
        else {
            ans <- character(0L)
            paths <- character(0L)
            lib.loc <- lib.loc[file.exists(lib.loc)]
            valid_package_version_regexp <- .standard_regexps()$valid_package_version
            for (lib in lib.loc) {
                a <- list.files(lib, all.files = FALSE, full.names = FALSE)
                for (nam in a) {
                  pfile <- file.path(lib, nam, "Meta", "package.rds")
                  if (file.exists(pfile)) 
                    info <- readRDS(pfile)$DESCRIPTION[c("Package", "Version")]
                  else next
                  if ((length(info) != 2L) || anyNA(info)) 
                    next
                  if (!grepl(valid_package_version_regexp, info["Version"])) 
                    next
                  ans <- c(ans, nam)
                  paths <- c(paths, file.path(lib, nam))
                }
            }
            un <- !duplicated(ans)
            packages_in_hsearch_db <- ans[un]
            package_paths <- paths[un]
            names(package_paths) <- ans[un]
        }
        np <- 0L
        if (verbose >= 2L) {
            message("Packages {readRDS() sequentially}:", domain = NA)
            flush.console()
        }
        tot <- length(package_paths)
        incr <- 0L
        if (verbose && WINDOWS) {
            pb <- winProgressBar("R: creating the help.search() DB", max = tot)
            on.exit(close(pb))
        }
        else if (verbose == 1L) 
            incr <- ifelse(tot > 500L, 100L, 10L)
        dbMat <- vector("list", length(packages_in_hsearch_db) * 4L)
        dim(dbMat) <- c(length(packages_in_hsearch_db), 4L)
        hDB0 <- tools:::.build_hsearch_index(NULL)
        for (p in packages_in_hsearch_db) {
            if (incr && np%%incr == 0L) {
                message(".", appendLF = FALSE, domain = NA)
                flush.console()
            }
            np <- np + 1L
            if (verbose && WINDOWS) 
                setWinProgressBar(pb, np)
            if (verbose >= 2L) {
                message(" ", p, appendLF = ((np%%5L) == 0L), domain = NA)
                flush.console()
            }
            path <- if (!is.null(package_paths)) 
                package_paths[p]
            else find.package(p, lib.loc, quiet = TRUE)
            if (length(path) == 0L) {
                if (is.null(package)) 
                  next
                else stop(packageNotFoundError(p, lib.loc, sys.call()))
            }
            hDB <- NULL
            if (want_type_help) {
                if (file.exists(hs_file <- file.path(path, "Meta", "hsearch.rds"))) {
                  hDB <- readRDS(hs_file)
                  if (!is.null(hDB)) {
                    if (is.na(match("Encoding", colnames(hDB[[1L]])))) 
                      hDB[[1L]] <- cbind(hDB[[1L]], Encoding = "")
                    for (i in seq_along(hDB)) {
                      colnames(hDB[[i]]) <- tools:::hsearch_index_colnames[[i]]
                    }
                  }
                  else if (verbose >= 2L) {
                    message(gettextf("package %s has empty hsearch data - strangely", sQuote(p)), domain = NA)
                    flush.console()
                  }
                }
                else if (!is.null(package)) 
                  warning("no hsearch.rds meta data for package ", p, domain = NA)
            }
            if (is.null(hDB)) 
                hDB <- hDB0
            nh <- NROW(hDB[[1L]])
            hDB[[1L]] <- cbind(hDB[[1L]], Type = rep.int("help", nh))
            if (nh) 
                hDB[[1L]][, "LibPath"] <- path
            if (want_type_vignette) 
                hDB <- merge_vignette_index(hDB, path, p)
            if (want_type_demo) 
                hDB <- merge_demo_index(hDB, path, p)
            dbMat[np, seq_along(hDB)] <- hDB
        }
        if (verbose >= 2L) {
            message(ifelse(np%%5L == 0L, "\n", "\n\n"), sprintf("Built dbMat[%d,%d]", nrow(dbMat), ncol(dbMat)), domain = NA)
            flush.console()
        }
        db <- list(Base = do.call(rbind, dbMat[, 1]), Aliases = do.call(rbind, dbMat[, 2]), Keywords = do.call(rbind, dbMat[, 3]), Concepts = do.call(rbind, dbMat[, 4]))
        rownames(db$Base) <- NULL
        if (is.null(db$Concepts)) {
            db$Concepts <- matrix(character(), ncol = 3L, dimnames = list(NULL, tools:::hsearch_index_colnames$Concepts))
        }
        for (i in which(vapply(db, NROW, 0L) > 0L)) {
            db[[i]][, "ID"] <- paste(rep.int(seq_along(packages_in_hsearch_db), vapply(dbMat[, i], NROW, 0L)), db[[i]][, "ID"], sep = "/")
        }
        if (!identical(Sys.getlocale("LC_CTYPE"), "C")) {
            if (verbose >= 2L) {
                message("reencoding ...", appendLF = FALSE, domain = NA)
                flush.console()
            }
            encoding <- db$Base[, "Encoding"]
            target <- ifelse(use_UTF8 && !l10n_info()$`UTF-8`, "UTF-8", "")
            for (enc in unique(encoding)) {
                if (enc != target) 
                  next
                IDs <- db$Base[encoding == enc, "ID"]
                for (i in seq_along(db)) {
                  ind <- db[[i]][, "ID"] %in% IDs
                  db[[i]][ind, ] <- iconv(db[[i]][ind, ], enc, "")
                }
            }
            if (verbose >= 2L) {
                message(" ", "done", domain = NA)
                flush.console()
            }
        }
        bad_IDs <- unlist(lapply(db, function(u) u[rowSums(is.na(nchar(u, "chars", allowNA = TRUE, keepNA = FALSE))) > 0, "ID"]))
        if (length(bad_IDs)) {
            for (i in seq_along(db)) {
                ind <- db[[i]][, "ID"] %in% bad_IDs
                db[[i]][ind, ] <- iconv(db[[i]][ind, ], "latin1", "")
            }
            bad_IDs <- unlist(lapply(db, function(u) u[rowSums(is.na(nchar(u, "chars", allowNA = TRUE, keepNA = FALSE))) > 0, "ID"]))
        }
        if (length(bad_IDs)) {
            warning("removing all entries with invalid multi-byte character data")
            for (i in seq_along(db)) {
                ind <- db[[i]][, "ID"] %in% bad_IDs
                db[[i]] <- db[[i]][!ind, , drop = FALSE]
            }
        }
        bad_IDs <- db$Base[is.na(db$Base[, "Topic"]), "ID"]
        if (length(bad_IDs)) {
            for (i in seq_along(db)) {
                ind <- db[[i]][, "ID"] %in% bad_IDs
                db[[i]] <- db[[i]][!ind, , drop = FALSE]
            }
        }
        ind <- nzchar(db$Keywords[, "Keyword"])
        db$Keywords <- db$Keywords[ind, , drop = FALSE]
        ind <- nzchar(db$Concepts[, "Concept"])
        db$Concepts <- db$Concepts[ind, , drop = FALSE]
        standard <- .get_standard_Rd_keywords_with_descriptions()
        keywords <- standard$Keywords
        concepts <- standard$Descriptions
        pos <- match(db$Keywords[, "Keyword"], keywords)
        ind <- !is.na(pos) & (keywords[pos] != "internal")
        db$Concepts <- rbind(db$Concepts, db$Keywords[is.na(pos), , drop = FALSE], cbind(concepts[pos[ind]], db$Keywords[ind, -1L, drop = FALSE]))
        db$Keywords <- db$Keywords[!is.na(pos), , drop = FALSE]
        db <- lapply(db, as.data.frame, stringsAsFactors = FALSE, row.names = NULL)
        if (verbose >= 2L) {
            message("saving the database ...", appendLF = FALSE, domain = NA)
            flush.console()
        }
        attr(db, "LibPaths") <- lib.loc
        attr(db, "mtime") <- Sys.time()
        attr(db, "ctype") <- Sys.getlocale("LC_CTYPE")
        attr(db, "Types") <- unique(c("help", types))
        class(db) <- "hsearch_db"
        .hsearch_db(db)
        if (verbose >= 2L) {
            message(" ", "done", domain = NA)
            flush.console()
        }
        if (verbose > 0L) {
            message("... database rebuilt", domain = NA)
            if (WINDOWS) {
                close(pb)
                on.exit()
            }
            flush.console()
        }
    }
    db
}
#@ closure exported hsearch_db_concepts
function (db = hsearch_db()) 
{
    pos <- match(db$Concepts[, "ID"], db$Base[, "ID"])
    entries <- split(as.data.frame(db$Base[pos, ], stringsAsFactors = FALSE), db$Concepts[, "Concept"])
    enums <- vapply(entries, NROW, 0L)
    pnums <- vapply(entries, function(e) length(unique(e$Package)), 0L)
    pos <- order(enums, pnums, decreasing = TRUE)
    list2DF(list(Concept = names(entries)[pos], Frequency = enums[pos], Packages = pnums[pos]))
}
#@ value internal hsearch_db_fields character
#@ closure exported hsearch_db_keywords
function (db = hsearch_db()) 
{
    pos <- match(db$Keywords[, "ID"], db$Base[, "ID"])
    entries <- split(as.data.frame(db$Base[pos, ], stringsAsFactors = FALSE), db$Keywords[, "Keyword"])
    enums <- vapply(entries, NROW, 0L)
    pnums <- vapply(entries, function(e) length(unique(e$Package)), 0L)
    standard <- .get_standard_Rd_keywords_with_descriptions()
    concepts <- standard$Descriptions[match(names(entries), standard$Keywords)]
    pos <- order(enums, pnums, decreasing = TRUE)
    list2DF(list(Keyword = names(entries)[pos], Concept = concepts[pos], Frequency = enums[pos], Packages = pnums[pos]))
}
#@ value internal hsearch_db_types character
#@ closure internal index.search
function (topic, paths, firstOnly = FALSE) 
{
    res <- character()
    for (p in paths) {
        if (file.exists(f <- file.path(p, "help", "aliases.rds"))) 
            al <- readRDS(f)
        else if (file.exists(f <- file.path(p, "help", "AnIndex"))) {
            foo <- scan(f, what = list(a = "", b = ""), sep = "\t", quote = "", na.strings = "", quiet = TRUE)
            al <- structure(foo$b, names = foo$a)
        }
        else next
        f <- al[topic]
        if (is.na(f)) 
            next
        res <- c(res, file.path(p, "help", f))
        if (firstOnly) 
            break
    }
    res
}
#@ closure internal inFunction
function (line = .CompletionEnv[["linebuffer"]], cursor = .CompletionEnv[["start"]]) 
{
    parens <- sapply(c("(", ")"), function(s) gregexpr(s, substr(line, 1L, cursor), fixed = TRUE)[[1L]], simplify = FALSE)
    parens <- lapply(parens, function(x) x[x > 0])
    temp <- data.frame(i = c(parens[["("]], parens[[")"]]), c = rep.int(c(1, -1), lengths(parens)))
    if (nrow(temp) == 0) 
        return(character())
    temp <- temp[order(-temp$i), , drop = FALSE]
    wp <- which(cumsum(temp$c) > 0)
    if (length(wp)) {
        index <- temp$i[wp[1L]]
        prefix <- substr(line, 1L, index - 1L)
        suffix <- substr(line, index + 1L, cursor + 1L)
        if ((length(grep("=", suffix, fixed = TRUE)) == 0L) && (length(grep(",", suffix, fixed = TRUE)) == 0L)) 
            setIsFirstArg(TRUE)
        if ((length(grep("=", suffix, fixed = TRUE))) && (length(grep(",", substr(suffix, tail.default(gregexpr("=", suffix, fixed = TRUE)[[1L]], 1L), 1000000L), fixed = TRUE)) == 0L)) {
            return(character())
        }
        else {
            possible <- suppressWarnings(strsplit(prefix, breakRE, perl = TRUE))[[1L]]
            possible <- possible[nzchar(possible)]
            if (length(possible)) 
                return(tail.default(possible, 1))
            else return(character())
        }
    }
    else {
        return(character())
    }
}
#@ closure exported install.packages
function (pkgs, lib, repos = getOption("repos"), contriburl = contrib.url(repos, type), method, available = NULL, destdir = NULL, dependencies = NA, type = getOption("pkgType"), configure.args = getOption("configure.args"), configure.vars = getOption("configure.vars"), clean = FALSE, Ncpus = getOption("Ncpus", 1L), verbose = getOption("verbose"), libs_only = FALSE, INSTALL_opts, quiet = FALSE, keep_outputs = FALSE, ...) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    type2 <- .Platform$pkgType
    if (type == "binary") {
        if (type2 == "source") 
            stop("type 'binary' is not supported on this platform")
        else type <- type2
        if (type == "both" && (!missing(contriburl) || !is.null(available))) 
            stop("specifying 'contriburl' or 'available' requires a single type, not type = \"both\"")
    }
    if (is.logical(clean) && clean) 
        clean <- "--clean"
    if (is.logical(dependencies) && is.na(dependencies)) 
        dependencies <- if (!missing(lib) && length(lib) > 1L) 
            FALSE
        else c("Depends", "Imports", "LinkingTo")
    get_package_name <- function(pkg) {
        gsub("_[.](zip|tar[.]gz|tar[.]bzip2|tar[.]xz)", "", gsub(.standard_regexps()$valid_package_version, "", basename(pkg)))
    }
    getConfigureArgs <- function(pkg) {
        if (.Platform$OS.type == "windows") 
            return(character())
        if (length(pkgs) == 1L && length(configure.args) && length(names(configure.args)) == 0L) 
            return(paste0("--configure-args=", shQuote(paste(configure.args, collapse = " "))))
        pkg <- get_package_name(pkg)
        if (length(configure.args) && length(names(configure.args)) && pkg %in% names(configure.args)) 
            config <- paste0("--configure-args=", shQuote(paste(configure.args[[pkg]], collapse = " ")))
        else config <- character()
        config
    }
    getConfigureVars <- function(pkg) {
        if (.Platform$OS.type == "windows") 
            return(character())
        if (length(pkgs) == 1L && length(configure.vars) && length(names(configure.vars)) == 0L) 
            return(paste0("--configure-vars=", shQuote(paste(configure.vars, collapse = " "))))
        pkg <- get_package_name(pkg)
        if (length(configure.vars) && length(names(configure.vars)) && pkg %in% names(configure.vars)) 
            config <- paste0("--configure-vars=", shQuote(paste(configure.vars[[pkg]], collapse = " ")))
        else config <- character()
        config
    }
    get_install_opts <- function(pkg) {
        if (!length(INSTALL_opts)) 
            character()
        else paste(INSTALL_opts[[get_package_name(pkg)]], collapse = " ")
    }
    if (missing(pkgs)) {
        if (!interactive()) 
            stop("no packages were specified")
        if (.Platform$OS.type == "windows" || .Platform$GUI == "AQUA" || (capabilities("tcltk") && capabilities("X11") && suppressWarnings(tcltk::.TkUp))) {
        }
        else stop("no packages were specified")
        if (is.null(available)) {
            av <- available.packages(contriburl = contriburl, method = method, ...)
            if (missing(repos)) 
                repos <- getOption("repos")
            if (type != "both") 
                available <- av
        }
        else av <- available
        if (NROW(av)) {
            pkgs <- select.list(sort(unique(rownames(av))), multiple = TRUE, title = "Packages", graphics = TRUE)
        }
    }
    if (.Platform$OS.type == "windows" && length(pkgs)) {
        pkgnames <- get_package_name(pkgs)
        inuse <- search()
        inuse <- sub("^package:", "", inuse[grep("^package:", inuse)])
        inuse <- pkgnames %in% inuse
        if (any(inuse)) {
            warning(sprintf(ngettext(sum(inuse), "package %s is in use and will not be installed", "packages %s are in use and will not be installed"), paste(sQuote(pkgnames[inuse]), collapse = ", ")), call. = FALSE, domain = NA, immediate. = TRUE)
            pkgs <- pkgs[!inuse]
        }
    }
    if (!length(pkgs)) 
        return(invisible())
    if (missing(lib) || is.null(lib)) {
        lib <- .libPaths()[1L]
        if (!quiet && length(.libPaths()) > 1L) 
            message(sprintf(ngettext(length(pkgs), "Installing package into %s\n(as %s is unspecified)", "Installing packages into %s\n(as %s is unspecified)"), sQuote(lib), sQuote("lib")), domain = NA)
    }
    ok <- dir.exists(lib) & (file.access(lib, 2) == 0L)
    if (length(lib) > 1 && any(!ok)) 
        stop(sprintf(ngettext(sum(!ok), "'lib' element %s is not a writable directory", "'lib' elements %s are not writable directories"), paste(sQuote(lib[!ok]), collapse = ", ")), domain = NA)
    if (length(lib) == 1L && .Platform$OS.type == "windows") {
        ok <- dir.exists(lib)
        if (ok) {
            fn <- file.path(lib, paste0("_test_dir_", Sys.getpid()))
            unlink(fn, recursive = TRUE)
            res <- try(dir.create(fn, showWarnings = FALSE))
            if (inherits(res, "try-error") || !res) 
                ok <- FALSE
            else unlink(fn, recursive = TRUE)
        }
    }
    if (length(lib) == 1L && !ok) {
        warning(gettextf("'lib = \"%s\"' is not writable", lib), domain = NA, immediate. = TRUE)
        userdir <- unlist(strsplit(Sys.getenv("R_LIBS_USER"), .Platform$path.sep))[1L]
        if (interactive()) {
            ans <- askYesNo(gettext("Would you like to use a personal library instead?"), default = FALSE)
            if (!isTRUE(ans)) 
                stop("unable to install packages")
            lib <- userdir
            if (!file.exists(userdir)) {
                ans <- askYesNo(gettextf("Would you like to create a personal library\n%s\nto install packages into?", sQuote(userdir)), default = FALSE)
                if (!isTRUE(ans)) 
                  stop("unable to install packages")
                if (!dir.create(userdir, recursive = TRUE)) 
                  stop(gettextf("unable to create %s", sQuote(userdir)), domain = NA)
                .libPaths(c(userdir, .libPaths()))
            }
        }
        else stop("unable to install packages")
    }
    lib <- normalizePath(lib)
    if (length(pkgs) == 1L && missing(repos) && missing(contriburl)) {
        if ((type == "source" && any(grepl("[.]tar[.](gz|bz2|xz)$", pkgs))) || (type %in% "win.binary" && endsWith(pkgs, ".zip")) || (startsWith(type, "mac.binary") && endsWith(pkgs, ".tgz"))) {
            repos <- NULL
            message("inferring 'repos = NULL' from 'pkgs'")
        }
        if (type == "both") {
            if (type2 %in% "win.binary" && endsWith(pkgs, ".zip")) {
                repos <- NULL
                type <- type2
                message("inferring 'repos = NULL' from 'pkgs'")
            }
            else if (startsWith(type2, "mac.binary") && endsWith(pkgs, ".tgz")) {
                repos <- NULL
                type <- type2
                message("inferring 'repos = NULL' from 'pkgs'")
            }
            else if (grepl("[.]tar[.](gz|bz2|xz)$", pkgs)) {
                repos <- NULL
                type <- "source"
                message("inferring 'repos = NULL' from 'pkgs'")
            }
        }
    }
    if (length(pkgs) == 1L && is.null(repos) && type == "both") {
        if ((type2 %in% "win.binary" && endsWith(pkgs, ".zip")) || (startsWith(type2, "mac.binary") && endsWith(pkgs, ".tgz"))) {
            type <- type2
        }
        else if (grepl("[.]tar[.](gz|bz2|xz)$", pkgs)) {
            type <- "source"
        }
    }
    if (is.null(repos) && missing(contriburl)) {
        tmpd <- destdir
        nonlocalrepos <- any(web <- grepl("^(http|https|ftp)://", pkgs))
        if (is.null(destdir) && nonlocalrepos) {
            tmpd <- file.path(tempdir(), "downloaded_packages")
            if (!file.exists(tmpd) && !dir.create(tmpd)) 
                stop(gettextf("unable to create temporary directory %s", sQuote(tmpd)), domain = NA)
        }
        if (nonlocalrepos) {
            df <- function(p, destfile, method, ...) download.file(p, destfile, method, mode = "wb", ...)
            urls <- pkgs[web]
            for (p in unique(urls)) {
                this <- pkgs == p
                destfile <- file.path(tmpd, basename(p))
                res <- try(df(p, destfile, method, ...))
                if (!inherits(res, "try-error") && res == 0L) 
                  pkgs[this] <- destfile
                else {
                  pkgs[this] <- NA
                }
            }
        }
    }
    if (type == "both") {
        if (type2 == "source") 
            stop("type == \"both\" can only be used on Windows or a CRAN build for macOS")
        if (!missing(contriburl) || !is.null(available)) 
            type <- type2
    }
    getDeps <- TRUE
    if (type == "both") {
        if (is.null(repos)) 
            stop("type == \"both\" cannot be used with 'repos = NULL'")
        type <- "source"
        contriburl <- contrib.url(repos, "source")
        if (missing(repos)) 
            repos <- getOption("repos")
        available <- available.packages(contriburl = contriburl, method = method, fields = "NeedsCompilation", ...)
        pkgs <- getDependencies(pkgs, dependencies, available, lib, ...)
        getDeps <- FALSE
        av2 <- available.packages(contriburl = contrib.url(repos, type2), method = method, ...)
        bins <- row.names(av2)
        bins <- pkgs[pkgs %in% bins]
        srcOnly <- pkgs[!pkgs %in% bins]
        binvers <- av2[bins, "Version"]
        hasArchs <- !is.na(av2[bins, "Archs"])
        needsCmp <- !(available[bins, "NeedsCompilation"] %in% "no")
        hasSrc <- hasArchs | needsCmp
        srcvers <- available[bins, "Version"]
        later <- as.numeric_version(binvers) < srcvers
        action <- getOption("install.packages.compile.from.source", "interactive")
        if (!nzchar(Sys.which(Sys.getenv("MAKE", "make")))) 
            action <- "never"
        if (any(later)) {
            msg <- ngettext(sum(later), "There is a binary version available but the source version is later", "There are binary versions available but the source versions are later")
            cat("\n", paste(strwrap(msg, indent = 2, exdent = 2), collapse = "\n"), ":\n", sep = "")
            out <- data.frame(binary = binvers, source = srcvers, needs_compilation = hasSrc, row.names = bins, check.names = FALSE)[later, ]
            print(out)
            cat("\n")
            if (any(later & hasSrc)) {
                if (action == "interactive" && interactive()) {
                  msg <- ngettext(sum(later & hasSrc), "Do you want to install from sources the package which needs compilation?", "Do you want to install from sources the packages which need compilation?")
                  res <- askYesNo(msg)
                  if (is.na(res)) 
                    stop("Cancelled by user")
                  if (!isTRUE(res)) 
                    later <- later & !hasSrc
                }
                else if (action == "never") {
                  cat("  Binaries will be installed\n")
                  later <- later & !hasSrc
                }
            }
        }
        bins <- bins[!later]
        if (length(srcOnly)) {
            s2 <- srcOnly[!(available[srcOnly, "NeedsCompilation"] %in% "no")]
            if (length(s2)) {
                msg <- ngettext(length(s2), "Package which is only available in source form, and may need compilation of C/C++/Fortran", "Packages which are only available in source form, and may need compilation of C/C++/Fortran")
                msg <- c(paste0(msg, ": "), sQuote(s2))
                msg <- strwrap(paste(msg, collapse = " "), exdent = 2)
                message(paste(msg, collapse = "\n"), domain = NA)
                if (action == "interactive" && interactive()) {
                  res <- askYesNo("Do you want to attempt to install these from sources?")
                  if (is.na(res)) 
                    stop("Cancelled by user")
                  if (!isTRUE(res)) 
                    pkgs <- setdiff(pkgs, s2)
                }
                else if (action == "never") {
                  cat("  These will not be installed\n")
                  pkgs <- setdiff(pkgs, s2)
                }
            }
        }
        if (length(bins)) {
            if (type2 == "win.binary") 
                .install.winbinary(pkgs = bins, lib = lib, contriburl = contrib.url(repos, type2), method = method, available = av2, destdir = destdir, dependencies = NULL, libs_only = libs_only, quiet = quiet, ...)
            else .install.macbinary(pkgs = bins, lib = lib, contriburl = contrib.url(repos, type2), method = method, available = av2, destdir = destdir, dependencies = NULL, quiet = quiet, ...)
        }
        pkgs <- setdiff(pkgs, bins)
        if (!length(pkgs)) 
            return(invisible())
        message(sprintf(ngettext(length(pkgs), "installing the source package %s", "installing the source packages %s"), paste(sQuote(pkgs), collapse = ", ")), "\n", domain = NA)
        flush.console()
    }
    else if (getOption("install.packages.check.source", "yes") %in% "yes" && (type %in% "win.binary" || startsWith(type, "mac.binary"))) {
        if (missing(contriburl) && is.null(available) && !is.null(repos)) {
            contriburl2 <- contrib.url(repos, "source")
            if (missing(repos)) 
                repos <- getOption("repos")
            av1 <- tryCatch(suppressWarnings(available.packages(contriburl = contriburl2, method = method, ...)), error = function(e) e)
            if (inherits(av1, "error")) {
                message("source repository is unavailable to check versions")
                available <- available.packages(contriburl = contrib.url(repos, type), method = method, ...)
            }
            else {
                srcpkgs <- pkgs[pkgs %in% row.names(av1)]
                available <- available.packages(contriburl = contrib.url(repos, type), method = method, ...)
                bins <- pkgs[pkgs %in% row.names(available)]
                na <- srcpkgs[!srcpkgs %in% bins]
                if (length(na)) {
                  msg <- sprintf(ngettext(length(na), "package %s is available as a source package but not as a binary", "packages %s are available as source packages but not as binaries"), paste(sQuote(na), collapse = ", "))
                  cat("\n   ", msg, "\n\n", sep = "")
                }
                binvers <- available[bins, "Version"]
                srcvers <- binvers
                OK <- bins %in% srcpkgs
                srcvers[OK] <- av1[bins[OK], "Version"]
                later <- as.numeric_version(binvers) < srcvers
                if (any(later)) {
                  msg <- ngettext(sum(later), "There is a binary version available (and will be installed) but the source version is later", "There are binary versions available (and will be installed) but the source versions are later")
                  cat("\n", paste(strwrap(msg, indent = 2, exdent = 2), collapse = "\n"), ":\n", sep = "")
                  print(data.frame(binary = binvers, source = srcvers, row.names = bins, check.names = FALSE)[later, ])
                  cat("\n")
                }
            }
        }
    }
    if (.Platform$OS.type == "windows") {
        if (startsWith(type, "mac.binary")) 
            stop("cannot install macOS binary packages on Windows")
        if (type %in% "win.binary") {
            .install.winbinary(pkgs = pkgs, lib = lib, contriburl = contriburl, method = method, available = available, destdir = destdir, dependencies = dependencies, libs_only = libs_only, quiet = quiet, ...)
            return(invisible())
        }
        have_spaces <- grep(" ", pkgs)
        if (length(have_spaces)) {
            p <- pkgs[have_spaces]
            dirs <- shortPathName(dirname(p))
            pkgs[have_spaces] <- file.path(dirs, basename(p))
        }
        pkgs <- gsub("\\", "/", pkgs, fixed = TRUE)
    }
    else {
        if (startsWith(type, "mac.binary")) {
            if (!grepl("darwin", R.version$platform)) 
                stop("cannot install macOS binary packages on this platform")
            .install.macbinary(pkgs = pkgs, lib = lib, contriburl = contriburl, method = method, available = available, destdir = destdir, dependencies = dependencies, quiet = quiet, ...)
            return(invisible())
        }
        if (type %in% "win.binary") 
            stop("cannot install Windows binary packages on this platform")
        if (!file.exists(file.path(R.home("bin"), "INSTALL"))) 
            stop("This version of R is not set up to install source packages\nIf it was installed from an RPM, you may need the R-devel RPM")
    }
    cmd0 <- file.path(R.home("bin"), "R")
    args0 <- c("CMD", "INSTALL")
    output <- if (quiet) 
        FALSE
    else ""
    env <- character()
    tlim <- Sys.getenv("_R_INSTALL_PACKAGES_ELAPSED_TIMEOUT_")
    tlim <- if (is.na(tlim)) 
        0
    else tools:::get_timeout(tlim)
    outdir <- getwd()
    if (is.logical(keep_outputs)) {
        if (is.na(keep_outputs)) 
            keep_outputs <- FALSE
    }
    else if (is.character(keep_outputs) && (length(keep_outputs) == 1L)) {
        if (!dir.exists(keep_outputs) && !dir.create(keep_outputs, recursive = TRUE)) 
            stop(gettextf("unable to create %s", sQuote(keep_outputs)), domain = NA)
        outdir <- normalizePath(keep_outputs)
        keep_outputs <- TRUE
    }
    else stop(gettextf("invalid %s argument", sQuote("keep_outputs")), domain = NA)
    if (length(libpath <- .R_LIBS())) {
        if (.Platform$OS.type == "windows") {
            oldrlibs <- Sys.getenv("R_LIBS")
            Sys.setenv(R_LIBS = libpath)
            on.exit(Sys.setenv(R_LIBS = oldrlibs))
        }
        else env <- paste0("R_LIBS=", shQuote(libpath))
    }
    if (is.character(clean)) 
        args0 <- c(args0, clean)
    if (libs_only) 
        args0 <- c(args0, "--libs-only")
    if (!missing(INSTALL_opts)) {
        if (!is.list(INSTALL_opts)) {
            args0 <- c(args0, paste(INSTALL_opts, collapse = " "))
            INSTALL_opts <- list()
        }
    }
    else {
        INSTALL_opts <- list()
    }
    if (verbose) 
        message(gettextf("system (cmd0): %s", paste(c(cmd0, args0), collapse = " ")), domain = NA)
    if (is.null(repos) && missing(contriburl)) {
        update <- cbind(path.expand(pkgs), lib)
        for (i in seq_len(nrow(update))) {
            if (is.na(update[i, 1L])) 
                next
            args <- c(args0, get_install_opts(update[i, 1L]), "-l", shQuote(update[i, 2L]), getConfigureArgs(update[i, 1L]), getConfigureVars(update[i, 1L]), shQuote(update[i, 1L]))
            status <- system2(cmd0, args, env = env, stdout = output, stderr = output, timeout = tlim)
            if (status > 0L) 
                warning(gettextf("installation of package %s had non-zero exit status", sQuote(update[i, 1L])), domain = NA)
            else if (verbose) {
                cmd <- paste(c(cmd0, args), collapse = " ")
                message(sprintf("%d): succeeded '%s'", i, cmd), domain = NA)
            }
        }
        return(invisible())
    }
    tmpd <- destdir
    nonlocalrepos <- !all(startsWith(contriburl, "file:"))
    if (is.null(destdir) && nonlocalrepos) {
        tmpd <- file.path(tempdir(), "downloaded_packages")
        if (!file.exists(tmpd) && !dir.create(tmpd)) 
            stop(gettextf("unable to create temporary directory %s", sQuote(tmpd)), domain = NA)
    }
    av2 <- NULL
    if (is.null(available)) {
        filters <- getOption("available_packages_filters")
        if (!is.null(filters)) {
            available <- available.packages(contriburl = contriburl, method = method, ...)
        }
        else {
            f <- setdiff(available_packages_filters_default, c("R_version", "duplicates"))
            av2 <- available.packages(contriburl = contriburl, filters = f, method = method, ...)
            f <- available_packages_filters_db[["R_version"]]
            f2 <- available_packages_filters_db[["duplicates"]]
            available <- f2(f(av2))
        }
    }
    if (getDeps) 
        pkgs <- getDependencies(pkgs, dependencies, available, lib, ..., av2 = av2)
    foundpkgs <- download.packages(pkgs, destdir = tmpd, available = available, contriburl = contriburl, method = method, type = "source", quiet = quiet, ...)
    if (length(foundpkgs)) {
        if (verbose) 
            message(gettextf("foundpkgs: %s", paste(foundpkgs, collapse = ", ")), domain = NA)
        update <- unique(cbind(pkgs, lib))
        colnames(update) <- c("Package", "LibPath")
        found <- pkgs %in% foundpkgs[, 1L]
        files <- foundpkgs[match(pkgs[found], foundpkgs[, 1L]), 2L]
        if (verbose) 
            message(gettextf("files: %s", paste(files, collapse = ", \n\t")), domain = NA)
        update <- cbind(update[found, , drop = FALSE], file = files)
        if (nrow(update) > 1L) {
            upkgs <- unique(pkgs <- update[, 1L])
            DL <- .make_dependency_list(upkgs, available)
            p0 <- .find_install_order(upkgs, DL)
            update <- update[sort.list(match(pkgs, p0)), ]
        }
        if (Ncpus > 1L && nrow(update) > 1L) {
            tlim_cmd <- character()
            if (tlim > 0) {
                if (nzchar(timeout <- Sys.which("timeout"))) {
                  tlim_cmd <- c(shQuote(timeout), "-s INT", tlim)
                }
                else warning("timeouts for parallel installs require the 'timeout' command")
            }
            args0 <- c(args0, "--pkglock")
            tmpd2 <- file.path(tempdir(), "make_packages")
            if (!file.exists(tmpd2) && !dir.create(tmpd2)) 
                stop(gettextf("unable to create temporary directory %s", sQuote(tmpd2)), domain = NA)
            mfile <- file.path(tmpd2, "Makefile")
            conn <- file(mfile, "wt")
            deps <- paste(paste0(update[, 1L], ".ts"), collapse = " ")
            deps <- strwrap(deps, width = 75, exdent = 2)
            deps <- paste(deps, collapse = " \\\n")
            cat("all: ", deps, "\n", sep = "", file = conn)
            aDL <- .make_dependency_list(upkgs, available, recursive = TRUE)
            for (i in seq_len(nrow(update))) {
                pkg <- update[i, 1L]
                fil <- update[i, 3L]
                args <- c(args0, get_install_opts(fil), "-l", shQuote(update[i, 2L]), getConfigureArgs(fil), getConfigureVars(fil), shQuote(fil), ">", paste0(pkg, ".out"), "2>&1")
                cmd <- paste(c("MAKEFLAGS=", tlim_cmd, shQuote(cmd0), args), collapse = " ")
                deps <- aDL[[pkg]]
                deps <- deps[deps %in% upkgs]
                deps <- if (length(deps)) 
                  paste(paste0(deps, ".ts"), collapse = " ")
                else ""
                cat(paste0(pkg, ".ts: ", deps), paste("\t@echo begin installing package", sQuote(pkg)), paste0("\t@", cmd, " && touch ", pkg, ".ts"), paste0("\t@cat ", pkg, ".out"), "", sep = "\n", file = conn)
            }
            close(conn)
            cwd <- setwd(tmpd2)
            on.exit(setwd(cwd))
            status <- system2(Sys.getenv("MAKE", "make"), c("-k -j", Ncpus), stdout = output, stderr = output, env = env)
            if (status > 0L) {
                pkgs <- update[, 1L]
                tss <- sub("[.]ts$", "", dir(".", pattern = "[.]ts$"))
                failed <- pkgs[!pkgs %in% tss]
                for (pkg in failed) system(paste0("cat ", pkg, ".out"))
                warning(gettextf("installation of one or more packages failed,\n  probably %s", paste(sQuote(failed), collapse = ", ")), domain = NA)
            }
            if (keep_outputs) 
                file.copy(paste0(update[, 1L], ".out"), outdir)
            file.copy(Sys.glob(paste0(update[, 1L], "*.zip")), cwd)
            file.copy(Sys.glob(paste0(update[, 1L], "*.tgz")), cwd)
            file.copy(Sys.glob(paste0(update[, 1L], "*.tar.gz")), cwd)
            setwd(cwd)
            on.exit()
            unlink(tmpd2, recursive = TRUE)
        }
        else {
            tmpd2 <- tempfile()
            if (!dir.create(tmpd2)) 
                stop(gettextf("unable to create temporary directory %s", sQuote(tmpd2)), domain = NA)
            outfiles <- file.path(tmpd2, paste0(update[, 1L], ".out"))
            for (i in seq_len(nrow(update))) {
                outfile <- if (keep_outputs) 
                  outfiles[i]
                else output
                fil <- update[i, 3L]
                args <- c(args0, get_install_opts(fil), "-l", shQuote(update[i, 2L]), getConfigureArgs(fil), getConfigureVars(fil), shQuote(fil))
                status <- system2(cmd0, args, env = env, stdout = outfile, stderr = outfile, timeout = tlim)
                if (!quiet && keep_outputs) 
                  writeLines(readLines(outfile))
                if (status > 0L) 
                  warning(gettextf("installation of package %s had non-zero exit status", sQuote(update[i, 1L])), domain = NA)
                else if (verbose) {
                  cmd <- paste(c(cmd0, args), collapse = " ")
                  message(sprintf("%d): succeeded '%s'", i, cmd), domain = NA)
                }
            }
            if (keep_outputs) 
                file.copy(outfiles, outdir)
            unlink(tmpd2, recursive = TRUE)
        }
        if (!quiet && nonlocalrepos && !is.null(tmpd) && is.null(destdir)) 
            cat("\n", gettextf("The downloaded source packages are in\n\t%s", sQuote(normalizePath(tmpd, mustWork = FALSE))), "\n", sep = "", file = stderr())
        libs_used <- unique(update[, 2L])
        if (.Platform$OS.type == "unix" && .Library %in% libs_used) {
            message("Updating HTML index of packages in '.Library'")
            make.packages.html(.Library)
        }
    }
    else if (!is.null(tmpd) && is.null(destdir)) 
        unlink(tmpd, TRUE)
    invisible()
}
#@ closure exported installed.packages
function (lib.loc = NULL, priority = NULL, noCache = FALSE, fields = NULL, subarch = .Platform$r_arch, ...) 
{
    if (is.null(lib.loc)) 
        lib.loc <- .libPaths()
    if (!is.null(priority)) {
        if (!is.character(priority)) 
            stop("'priority' must be character or NULL")
        if (any(b <- priority %in% "high")) 
            priority <- c(priority[!b], "recommended", "base")
    }
    fields <- .instPkgFields(fields)
    retval <- matrix(character(), 0L, 2L + length(fields))
    for (lib in lib.loc) {
        if (noCache) {
            ret0 <- .readPkgDesc(lib, fields)
            if (length(ret0)) 
                retval <- rbind(retval, ret0, deparse.level = 0L)
        }
        else {
            base <- paste(c(lib, fields), collapse = ",")
            enc <- sprintf("%d_%s", nchar(base), .Call(C_crc64, base))
            dest <- file.path(tempdir(), paste0("libloc_", enc, ".rds"))
            test <- file.exists(dest) && file.mtime(dest) > file.mtime(lib) && (val <- readRDS(dest))$base == base
            if (isTRUE(as.vector(test))) 
                retval <- rbind(retval, val$value)
            else {
                ret0 <- .readPkgDesc(lib, fields)
                if (length(ret0)) {
                  retval <- rbind(retval, ret0, deparse.level = 0L)
                  saveRDS(list(base = base, value = ret0), dest)
                }
                else unlink(dest)
            }
        }
    }
    .fixupPkgMat(retval, fields, priority, subarch)
}
#@ closure exported is.hashtab
function (x) 
.External(C_ishashtab_Ext, x)
#@ closure exported is.relistable
function (x) 
inherits(x, "relistable")
#@ closure internal isBasePkg
function (pkg) 
{
    priority <- tryCatch(packageDescription(pkg, fields = "Priority"), error = function(e) e, warning = function(e) e)
    identical(priority, "base")
}
#@ closure internal isInsideQuotes
function () 
{
    (.CompletionEnv[["start"]] > 0 && {
        linebuffer <- .CompletionEnv[["linebuffer"]]
        lbss <- head.default(unlist(strsplit(linebuffer, "")), .CompletionEnv[["end"]])
        ((sum(lbss == "'")%%2 == 1) || (sum(lbss == "\"")%%2 == 1))
    })
}
#@ closure exported isS3method
function (method, f, class, envir = parent.frame()) 
{
    if (missing(method)) {
        method <- paste(f, class, sep = ".")
    }
    else {
        f.c <- strsplit(method, ".", fixed = TRUE)[[1]]
        nfc <- length(f.c)
        if (nfc < 2 || !is.character(f.c)) 
            return(FALSE)
        if (nfc == 2) {
            f <- f.c[[1L]]
            class <- f.c[[2L]]
        }
        else {
            for (j in 2:nfc) if (isS3method(f = paste(f.c[1:(j - 1)], collapse = "."), class = paste(f.c[j:nfc], collapse = "."), envir = envir)) 
                return(TRUE)
            return(FALSE)
        }
    }
    if (!any(f == getKnownS3generics())) {
        if (!nzchar(f <- findGeneric(f, envir))) 
            return(FALSE)
    }
    if (!is.null(m <- get0(method, envir = envir, mode = "function"))) {
        pkg <- if (isNamespace(em <- environment(m))) 
            environmentName(em)
        else if (is.primitive(m)) 
            "base"
        return(is.na(match(method, tools::nonS3methods(pkg))))
    }
    defenv <- if (!is.na(w <- .knownS3Generics[f])) 
        asNamespace(w)
    else if (f %in% tools:::.get_internal_S3_generics()) 
        .BaseNamespaceEnv
    else {
        genfun <- get(f, mode = "function", envir = envir)
        if (.isMethodsDispatchOn() && methods::is(genfun, "genericFunction")) 
            genfun <- methods::selectMethod(genfun, "ANY")
        .defenv_for_S3_registry(genfun)
    }
    S3Table <- get(".__S3MethodsTable__.", envir = defenv)
    exists(method, envir = S3Table, inherits = FALSE)
}
#@ closure exported isS3stdGeneric
function (f) 
{
    bdexpr <- body(if (methods::is(f, "traceable")) 
        f@original
    else f)
    while (is.call(bdexpr) && bdexpr[[1L]] == "{") bdexpr <- bdexpr[[2L]]
    ret <- is.call(bdexpr) && bdexpr[[1L]] == "UseMethod"
    if (ret) 
        names(ret) <- bdexpr[[2L]]
    ret
}
#@ closure internal keywordCompletions
function (text) 
{
    findExactMatches(sprintf("^%s", makeRegexpSafe(text)), c("NULL", "NA", "TRUE", "FALSE", "Inf", "NaN", "NA_integer_", "NA_real_", "NA_character_", "NA_complex_", "repeat ", "in ", "next ", "break ", "else "))
}
#@ closure internal length.hashtab
function (x) 
numhash(x)
#@ closure exported limitedLabels
function (value, maxwidth = getOption("width") - 5L) 
{
    srcrefs <- sapply(value, function(v) if (!is.null(srcref <- attr(v, "srcref"))) {
        srcfile <- attr(srcref, "srcfile")
        paste0(basename(srcfile$filename), "#", srcref[1L], ": ")
    }
    else "")
    value <- paste0(srcrefs, as.character(value))
    if (is.null(maxwidth) || maxwidth < 40L) 
        maxwidth <- 40L
    maxwidth <- min(maxwidth, 1000L)
    strtrim(value, maxwidth)
}
#@ closure internal loadedPackageCompletions
function (text, add = rc.getOption("package.suffix")) 
{
    if (.CompletionEnv$settings[["ns"]]) {
        s <- loadedNamespaces()
        comps <- findExactMatches(sprintf("^%s", makeRegexpSafe(text)), s)
        if (length(comps) && !is.null(add)) 
            sprintf("%s%s", comps, add)
        else comps
    }
    else character()
}
#@ closure exported loadhistory
function (file = ".Rhistory") 
invisible(.External2(C_loadhistory, file))
#@ closure exported localeToCharset
function (locale = Sys.getlocale("LC_CTYPE")) 
{
    guess <- function(en) {
        if (en %in% c("aa", "af", "an", "br", "ca", "da", "de", "en", "es", "et", "eu", "fi", "fo", "fr", "ga", "gl", "gv", "id", "is", "it", "kl", "kw", "ml", "ms", "nb", "nn", "no", "oc", "om", "pt", "so", "sq", "st", "sv", "tl", "uz", "wa", "xh", "zu")) 
            return("ISO8859-1")
        if (en %in% c("bs", "cs", "hr", "hu", "pl", "ro", "sk", "sl")) 
            return("ISO8859-2")
        if (en %in% "mt") 
            return("ISO8859-3")
        if (en %in% c("mk", "ru")) 
            return("ISO8859-5")
        if (en %in% "ar") 
            return("ISO8859-6")
        if (en %in% "el") 
            return("ISO8859-7")
        if (en %in% c("he", "iw", "yi")) 
            return("ISO8859-8")
        if (en %in% "tr") 
            return("ISO8859-9")
        if (en %in% "lg") 
            return("ISO8859-10")
        if (en %in% c("lt", "lv", "mi")) 
            return("ISO8859-13")
        if (en %in% "cy") 
            return("ISO8859-14")
        if (en %in% "uk") 
            return("KOI8-U")
        if (en %in% "ja") 
            return("EUC-JP")
        if (en %in% "ko") 
            return("EUC-KR")
        if (en %in% "th") 
            return("TIS-620")
        if (en %in% "tg") 
            return("KOI8-T")
        if (en %in% "ka") 
            return("GEORGIAN-PS")
        if (en %in% "kk") 
            return("PT154")
        return(NA_character_)
    }
    if (locale %in% c("C", "POSIX")) 
        return("ASCII")
    if (.Platform$OS.type == "windows") {
        x <- strsplit(locale, ".", fixed = TRUE)[[1L]]
        if (length(x) != 2) 
            return(NA_character_)
        if (x[2L] %in% c("UTF8", "UTF-8", "utf8", "utf-8", "Utf-8")) 
            return("UTF-8")
        switch(x[2L], `1252` = return("ISO8859-1"), `1257` = return("ISO8859-13"))
        return(paste0("CP", x[2L]))
    }
    else {
        x <- strsplit(locale, ".", fixed = TRUE)[[1L]]
        enc <- if (length(x) == 2) 
            gsub("@.*$o", "", x[2L])
        else ""
        if (toupper(enc) == "UTF-8") 
            enc <- "utf8"
        if (nzchar(enc) && enc != "utf8") {
            enc <- tolower(enc)
            known <- c("ISO8859-1", "ISO8859-2", "ISO8859-3", "ISO8859-6", "ISO8859-7", "ISO8859-8", "ISO8859-9", "ISO8859-10", "ISO8859-13", "ISO8859-14", "ISO8859-15", "CP1251", "CP1255", "EUC-JP", "EUC-KR", "EUC-TW", "GEORGIAN-PS", "KOI8-R", "KOI8-U", "TCVN", "BIG5", "GB2312", "GB18030", "GBK", "TIS-620", "SHIFT_JIS", "GB2312", "BIG5-HKSCS")
            names(known) <- c("iso88591", "iso88592", "iso88593", "iso88596", "iso88597", "iso88598", "iso88599", "iso885910", "iso885913", "iso885914", "iso885915", "cp1251", "cp1255", "eucjp", "euckr", "euctw", "georgianps", "koi8r", "koi8u", "tcvn", "big5", "gb2312", "gb18030", "gbk", "tis-620", "sjis", "eucn", "big5-hkscs")
            if (grepl("darwin", R.version$os)) {
                k <- c(known, "ISO8859-1", "ISO8859-2", "ISO8859-4", "ISO8859-7", "ISO8859-9", "ISO8859-13", "ISO8859-15", "KOI8-U", "KOI8-R", "PT154", "ASCII", "ARMSCII-8", "ISCII-DEV", "BIG5-HKCSC")
                names(k) <- c(names(known), "iso8859-1", "iso8859-2", "iso8859-4", "iso8859-7", "iso8859-9", "iso8859-13", "iso8859-15", "koi8-u", "koi8-r", "pt154", "us-ascii", "armscii-8", "iscii-dev", "big5hkscs")
                known <- k
            }
            if (enc %in% names(known)) 
                return(unname(known[enc]))
            if (length(grep("^cp-", enc))) 
                return(sub("cp-([0-9]+)", "CP\\1", enc))
            if (enc == "EUC") {
                if (length(grep("^[[:alpha:]]{2}_", x[1L], perl = TRUE))) {
                  ll <- substr(x[1L], 1L, 2L)
                  return(switch(ll, jp = "EUC-JP", kr = "EUC-KR", zh = "GB2312"))
                }
            }
        }
        if (grepl("darwin", R.version$os)) 
            return("UTF-8")
        if (length(grep("^[[:alpha:]]{2}_", x[1L], perl = TRUE))) {
            ll <- substr(x[1L], 1L, 2L)
            if (enc == "utf8") 
                return(c("UTF-8", guess(ll)))
            else return(guess(ll))
        }
        if (enc == "utf8") 
            return("UTF-8")
        return(NA_character_)
    }
}
#@ closure exported ls.str
function (pos = -1, name, envir, all.names = FALSE, pattern, mode = "any") 
{
    if (missing(envir)) 
        envir <- as.environment(pos)
    nms <- ls(name, envir = envir, all.names = all.names, pattern = pattern)
    r <- vapply(nms, exists, NA, envir = envir, mode = mode, inherits = FALSE)
    structure(nms[r], envir = envir, mode = mode, class = "ls_str")
}
#@ closure exported lsf.str
function (pos = -1, envir, ...) 
{
    if (missing(envir)) 
        envir <- as.environment(pos)
    ls.str(pos = pos, envir = envir, mode = "function", ...)
}
#@ closure internal macDynLoads
function (filename, arch, info = FALSE) 
{
    if (inherits(filename, "connection")) {
        if (!isSeekable(f)) 
            stop("Source must be a seekable connection")
        f <- filename
    }
    else {
        f <- file(path.expand(filename), "rb")
        on.exit(close(f))
    }
    if (missing(arch)) 
        arch <- NULL
    magic <- readBin(f, 1L, 1L, endian = "big")
    magic.fat <- -889275714L
    magic.mh <- -17958194L
    magic.hm <- -822415874L
    magic.mh64 <- -17958193L
    magic.hm64 <- -805638658L
    cpu.types <- c(vax = 1L, i386 = 7L, x86_64 = 16777223L, arm = 12L, arm64 = 16777228L, `arm64-32` = 33554444L, sparc = 14L, ppc = 18L, ppc64 = 16777234)
    i2r <- function(i) ifelse(i < 0, 4294967296 + i, i)
    cpu2name <- function(ct) {
        cpu <- match(ct, cpu.types)
        if (!is.na(cpu)) 
            names(cpu.types)[cpu]
        else "<unknown>"
    }
    if (magic == magic.fat) {
        n.archs <- readBin(f, 1L, 1L, endian = "big")
        if (n.archs < 0) 
            return(list())
        archs <- replicate(n.archs, {
            ai <- i2r(readBin(f, 1L, 5L, endian = "big"))
            list(cpu = cpu2name(ai[1L]), type = ai[1:2], offset = ai[3L], size = ai[4L])
        }, FALSE)
        names(archs) <- sapply(archs, function(o) o$cpu)
        if (isTRUE(info)) 
            return(archs)
        if (is.null(arch)) {
            r.arch <- archs[[R.Version()$arch]]
            if (is.null(r.arch)) 
                r.arch <- archs[[1L]]
        }
        else r.arch <- archs[[arch]]
        if (is.null(r.arch)) 
            return(NULL)
        seek(f, r.arch$offset, "start", "read")
        magic <- readBin(f, 1L, 1L, endian = "big")
    }
    if (magic == magic.mh || magic == magic.hm || magic == magic.mh64 || magic == magic.hm64) {
        end <- if (magic == magic.mh || magic == magic.mh64) 
            "big"
        else "little"
        api <- if (magic == magic.mh || magic == magic.hm) 
            32L
        else 64L
        mh <- i2r(readBin(f, 1L, 6L + if (api == 64L) 
            1L
        else 0L, endian = end))
        if (isTRUE(info)) {
            res <- list(list(cpu = cpu2name(mh[1L]), type = mh[1:2]))
            names(res) <- res[[1]]$cpu
            return(res)
        }
        unlist(replicate(mh[4L], {
            lc <- i2r(readBin(f, 1L, 2L, endian = end))
            if (lc[1L] == 12L && lc[2L] > 24L) {
                ld <- i2r(readBin(f, 1L, 4L, endian = end))
                r <- readBin(f, raw(), lc[2L] - 24L)
                o <- ld[1L] - 24
                if (o < length(r) && o > 0) 
                  r <- r[seq.int(o + 1L, length(r))]
                if (any(r == 0L)) 
                  r <- r[1:(which(r == 0L)[1L] - 1L)]
                rawToChar(r)
            }
            else {
                seek(f, lc[2L] - 8, "current", "read")
                NULL
            }
        }))
    }
}
#@ closure exported maintainer
function (pkg) 
{
    force(pkg)
    desc <- packageDescription(pkg)
    if (is.list(desc)) 
        gsub("\n", " ", desc$Maintainer, fixed = TRUE)
    else NA_character_
}
#@ closure internal make_sysdata_rda
function () 
{
    doc <- xml2::read_html("https://www.loc.gov/marc/relators/relaterm.html")
    dt <- trimws(xml2::xml_text(xml2::xml_find_all(doc, "//dl[4]//dt")))
    dd <- trimws(xml2::xml_text(xml2::xml_find_all(doc, "//dl[4]//dd")))
    re <- "(.*) \\[(.*)\\]"
    ind <- grepl(re, dt)
    MARC_relator_db <- as.data.frame(cbind(term = sub(re, "\\1", dt[ind]), code = sub(re, "\\2", dt[ind]), description = sub("\n\t UF.*", "", dd[ind]), usage = ""), stringsAsFactors = FALSE)
    MARC_R_usage <- c(aut = "Use for full authors who have made substantial contributions to\nthe package and should show up in the package citation.", com = "Use for package maintainers that collected code (potentially in\nother languages) but did not make further substantial\ncontributions to the package.", cph = "Use for all copyright holders.", cre = "Use for the package maintainer.", ctb = "Use for authors who have made smaller contributions (such as\ncode patches etc.) but should not show up in the package\ncitation.", 
        ctr = "Use for authors who have been contracted to write (parts of) the\npackage and hence do not own intellectual property.", dtc = "Use for persons who contributed data sets for the package.", fnd = "Use for persons or organizations that furnished financial support\nfor the development of the package", rev = "Use for persons or organizations responsible for reviewing\n(parts of) the package.", ths = "If the package is part of a thesis, use for the thesis advisor.", trl = "If the R code is merely a translation from another language\n(typically S), use for the translator to R.")
    MARC_R_usage <- data.frame(code = names(MARC_R_usage), usage = c(MARC_R_usage), stringsAsFactors = FALSE, row.names = NULL)
    pos <- match(MARC_relator_db$code, MARC_R_usage$code, nomatch = 0L)
    MARC_relator_db$usage[pos > 0L] <- gsub("\n", " ", MARC_R_usage$usage[pos], fixed = TRUE)
    MARC_relator_db_codes_used_with_R <- sort(MARC_relator_db[nchar(MARC_relator_db$usage) > 0L, "code"])
    save(MARC_relator_db, MARC_relator_db_codes_used_with_R, file = "sysdata.rda", compress = TRUE)
}
#@ closure exported make.packages.html
function (lib.loc = .libPaths(), temp = FALSE, verbose = TRUE, docdir = R.home("doc")) 
{
    add_lib_index <- function(libs) {
        cat("<div style=\"text-align: left;\">\n<ul>\n", file = out)
        for (i in seq_along(libs)) {
            nm <- libs[i]
            if (nm == .Library) {
                cat("<li>Contents of the <a href=\"#lib-", i, "\">", "standard</a> library</li>\n", sep = "", file = out)
            }
            else {
                cat("<li>Contents of <a href=\"#lib-", i, "\">", nm, "</a></li>\n", sep = "", file = out)
            }
        }
        cat("</ul>\n</div>\n", file = out)
    }
    WINDOWS <- .Platform$OS.type == "windows"
    f.tg <- if (temp) {
        dir.create(file.path(tempdir(), ".R/doc/html"), recursive = TRUE, showWarnings = FALSE)
        file.path(tempdir(), ".R/doc/html/packages.html")
    }
    else file.path(docdir, "html", "packages.html")
    op <- file.path(tempdir(), ".R/doc/html/libPaths.rds")
    if (temp && file.exists(f.tg) && file.exists(op)) {
        if (identical(lib.loc, readRDS(op))) {
            dates <- file.mtime(c(f.tg, lib.loc))
            if (which.max(dates) == 1L) 
                return(TRUE)
        }
    }
    if (!file.create(f.tg)) {
        warning("cannot update HTML package index")
        return(FALSE)
    }
    if (verbose) {
        message("Making 'packages.html' ...", appendLF = FALSE, domain = NA)
        flush.console()
    }
    file.append(f.tg, file.path(R.home("doc"), "html", "packages-head-utf8.html"))
    out <- file(f.tg, open = "a", encoding = "UTF-8")
    on.exit(close(out))
    if (WINDOWS) {
        rh <- chartr("\\", "/", R.home())
        drive <- substr(rh, 1L, 2L)
    }
    pkgs <- vector("list", length(lib.loc))
    names(pkgs) <- lib.loc
    for (lib in lib.loc) {
        pg <- .packages(all.available = TRUE, lib.loc = lib)
        pkgs[[lib]] <- pg[order(toupper(pg), pg)]
    }
    if (WINDOWS) {
        tot <- sum(lengths(pkgs))
        if (verbose) {
            pb <- winProgressBar("R: creating packages.html", max = tot)
            on.exit(close(pb), add = TRUE)
        }
        npkgs <- 0L
    }
    if (length(lib.loc) > 1L) 
        add_lib_index(lib.loc)
    for (ii in seq_along(lib.loc)) {
        lib <- lib.loc[ii]
        libname <- if (identical(lib, .Library)) 
            "the standard library"
        else if (WINDOWS) 
            chartr("/", "\\", lib)
        else lib
        cat("<h3 id=\"lib-", ii, "\">Packages in ", libname, "</h3>\n", sep = "", file = out)
        lib0 <- "../../library"
        if (!temp) {
            if (WINDOWS) {
                if (is.na(pmatch(rh, lib))) {
                  lib0 <- if (substr(lib, 2L, 2L) != ":") 
                    paste0(drive, lib)
                  else lib
                  lib0 <- paste0("file:///", URLencode(lib0))
                }
            }
            else {
                if (lib != .Library) 
                  lib0 <- paste0("file:///", URLencode(lib))
            }
        }
        pg <- pkgs[[lib]]
        use_alpha <- (length(pg) > 100)
        first <- toupper(substr(pg, 1, 1))
        nm <- sort(names(table(first)))
        if (use_alpha) {
            writeLines("<p style=\"text-align: center;\">", out)
            writeLines(paste0("<a href=\"#pkgs-", nm, "\">", nm, "</a>"), out)
            writeLines("</p>\n", out)
        }
        cat("<table style=\"width: 100%;\">\n", file = out)
        for (a in nm) {
            if (use_alpha) 
                cat("<tr id=\"pkgs-", a, "\"> <td></td>\n", sep = "", file = out)
            for (i in pg[first == a]) {
                title <- packageDescription(i, lib.loc = lib, fields = "Title", encoding = "UTF-8")
                if (is.na(title)) 
                  title <- "-- Title is missing --"
                cat("<tr style=\"text-align: left; vertical-align: top;\" id=\"lib-", i, "\">\n", "<td style=\"width: 25%;\"><a href=\"", lib0, "/", i, "/html/00Index.html\">", i, "</a></td><td>", gsub("&", "&amp;", title), "</td></tr>\n", file = out, sep = "")
                if (WINDOWS) {
                  npkgs <- npkgs + 1L
                  if (verbose) 
                    setWinProgressBar(pb, npkgs)
                }
            }
        }
        cat("</table>\n\n", file = out)
    }
    if (length(lib.loc) > 1L) 
        add_lib_index(lib.loc)
    cat("</div></body>\n</html>\n", file = out)
    if (verbose) {
        message(" ", "done")
        flush.console()
    }
    if (temp) 
        saveRDS(lib.loc, op)
    invisible(TRUE)
}
#@ closure exported make.socket
function (host = "localhost", port, fail = TRUE, server = FALSE) 
{
    if (length(port <- as.integer(port)) != 1L) 
        stop("'port' must be integer of length 1")
    if (length(host <- as.character(host)) != 1L) 
        stop("'host' must be character of length 1")
    if (!server) {
        socket <- .Call(C_sockconnect, port, host)
    }
    else {
        if (host != "localhost") 
            stop("can only receive calls on local machine")
        tmp <- .Call(C_sockopen, port)
        socket <- .Call(C_socklisten, tmp)
        host <- attr(socket, "host")
        .Call(C_sockclose, tmp)
    }
    if (socket <= 0) {
        if (fail) 
            stop("socket not established")
        else warning("socket not established")
    }
    rval <- list(socket = socket, host, port = port)
    class(rval) <- "socket"
    rval
}
#@ closure internal makeRegexpSafe
function (s) 
{
    s <- gsub("\\", "\\\\", s, fixed = TRUE)
    s <- gsub("(", "\\(", s, fixed = TRUE)
    s <- gsub("*", "\\*", s, fixed = TRUE)
    s <- gsub("+", "\\+", s, fixed = TRUE)
    s <- gsub("?", "\\?", s, fixed = TRUE)
    s <- gsub("[", "\\[", s, fixed = TRUE)
    s <- gsub("{", "\\{", s, fixed = TRUE)
    s <- gsub(".", "\\.", s, fixed = TRUE)
    s <- gsub("^", "\\^", s, fixed = TRUE)
    s
}
#@ closure exported makeRweaveLatexCodeRunner
function (evalFunc = RweaveEvalWithOpt) 
{
    function(object, chunk, options) {
        pdf.Swd <- function(name, width, height, ...) grDevices::pdf(file = paste0(chunkprefix, ".pdf"), width = width, height = height, version = options$pdf.version, encoding = options$pdf.encoding, compress = options$pdf.compress)
        eps.Swd <- function(name, width, height, ...) grDevices::postscript(file = paste0(name, ".eps"), width = width, height = height, paper = "special", horizontal = FALSE)
        png.Swd <- function(name, width, height, options, ...) grDevices::png(filename = paste0(chunkprefix, ".png"), width = width, height = height, res = options$resolution, units = "in")
        jpeg.Swd <- function(name, width, height, options, ...) grDevices::jpeg(filename = paste0(chunkprefix, ".jpeg"), width = width, height = height, res = options$resolution, units = "in")
        if (!(options$engine %in% c("R", "S"))) 
            return(object)
        devs <- devoffs <- list()
        if (options$fig && options$eval) {
            if (options$pdf) {
                devs <- c(devs, list(pdf.Swd))
                devoffs <- c(devoffs, list(grDevices::dev.off))
            }
            if (options$eps) {
                devs <- c(devs, list(eps.Swd))
                devoffs <- c(devoffs, list(grDevices::dev.off))
            }
            if (options$png) {
                devs <- c(devs, list(png.Swd))
                devoffs <- c(devoffs, list(grDevices::dev.off))
            }
            if (options$jpeg) {
                devs <- c(devs, list(jpeg.Swd))
                devoffs <- c(devoffs, list(grDevices::dev.off))
            }
            if (nzchar(grd <- options$grdevice)) {
                grdo <- paste0(grd, ".off")
                if (grepl("::", grd, fixed = TRUE)) {
                  devs <- c(devs, eval(str2expression(grd)))
                  devoffs <- c(devoffs, if (!inherits(grdo <- tryCatch(eval(str2expression(grdo)), error = identity), "error")) list(grdo) else list(grDevices::dev.off))
                }
                else {
                  devs <- c(devs, list(get(grd, envir = .GlobalEnv)))
                  devoffs <- c(devoffs, if (exists(grdo, envir = .GlobalEnv)) list(get(grdo, envir = .GlobalEnv)) else list(grDevices::dev.off))
                }
            }
        }
        if (!object$quiet) {
            cat(formatC(options$chunknr, width = 2), ":")
            if (options$echo) 
                cat(" echo")
            if (options$keep.source) 
                cat(" keep.source")
            if (options$eval) {
                if (options$print) 
                  cat(" print")
                if (options$term) 
                  cat(" term")
                cat("", options$results)
                if (options$fig) {
                  if (options$eps) 
                    cat(" eps")
                  if (options$pdf) 
                    cat(" pdf")
                  if (options$png) 
                    cat(" png")
                  if (options$jpeg) 
                    cat(" jpeg")
                  if (!is.null(options$grdevice)) 
                    cat("", options$grdevice)
                }
            }
            cat(" (")
            if (!is.null(options$label)) 
                cat("label = ", options$label, ", ", sep = "")
            filenum <- attr(chunk, "srcFilenum")[1]
            filename <- attr(chunk, "srcFilenames")[filenum]
            cat(basename(filename), ":", attr(chunk, "srclines")[1], ")", sep = "")
            cat("\n")
        }
        chunkprefix <- RweaveChunkPrefix(options)
        if (options$split) {
            chunkout <- object$chunkout[chunkprefix][[1L]]
            if (is.null(chunkout)) {
                chunkout <- file(paste0(chunkprefix, ".tex"), "w")
                if (!is.null(options$label)) 
                  object$chunkout[[chunkprefix]] <- chunkout
                if (!grepl(.SweaveValidFilenameRegexp, chunkout)) 
                  warning("file stem ", sQuote(chunkout), " is not portable", call. = FALSE, domain = NA)
            }
        }
        else chunkout <- object$output
        srcfile <- srcfilecopy(object$filename, chunk, isFile = TRUE)
        chunkexps <- try(parse(text = chunk, srcfile = srcfile), silent = TRUE)
        if (inherits(chunkexps, "try-error")) 
            chunkexps[1L] <- sub(" parse(text = chunk, srcfile = srcfile) : \n ", "", chunkexps[1L], fixed = TRUE)
        RweaveTryStop(chunkexps, options)
        putSinput <- function(dce, leading) {
            if (!openSinput) {
                if (!openSchunk) {
                  cat("\\begin{Schunk}\n", file = chunkout)
                  linesout[thisline + 1L] <<- srcline
                  filenumout[thisline + 1L] <<- srcfilenum
                  thisline <<- thisline + 1L
                  openSchunk <<- TRUE
                }
                cat("\\begin{Sinput}", file = chunkout)
                openSinput <<- TRUE
            }
            leading <- max(leading, 1L)
            cat("\n", paste0(getOption("prompt"), dce[seq_len(leading)], collapse = "\n"), file = chunkout, sep = "")
            if (length(dce) > leading) 
                cat("\n", paste0(getOption("continue"), dce[-seq_len(leading)], collapse = "\n"), file = chunkout, sep = "")
            linesout[thisline + seq_along(dce)] <<- srcline
            filenumout[thisline + seq_along(dce)] <<- srcfilenum
            thisline <<- thisline + length(dce)
        }
        trySrcLines <- function(srcfile, showfrom, showto, ce) {
            tryCatch(suppressWarnings(getSrcLines(srcfile, showfrom, showto)), error = function(e) {
                if (is.null(ce)) 
                  character()
                else deparse(ce, width.cutoff = 0.75 * getOption("width"))
            })
        }
        echoComments <- function(showto) {
            if (options$echo && !is.na(lastshown) && lastshown < showto) {
                dce <- trySrcLines(srcfile, lastshown + 1L, showto, NULL)
                linedirs <- startsWith(dce, "#line ")
                dce <- dce[!linedirs]
                if (length(dce)) 
                  putSinput(dce, length(dce))
                lastshown <<- showto
            }
        }
        openSinput <- FALSE
        openSchunk <- FALSE
        srclines <- attr(chunk, "srclines")
        srcfilenums <- attr(chunk, "srcFilenum")
        linesout <- integer()
        filenumout <- integer()
        srcline <- srclines[1L]
        srcfilenum <- srcfilenums[1L]
        thisline <- 0L
        lastshown <- 0L
        leading <- 1L
        srcrefs <- attr(chunkexps, "srcref")
        if (length(devs)) {
            if (!grepl(.SweaveValidFilenameRegexp, chunkprefix)) 
                warning("file stem ", sQuote(chunkprefix), " is not portable", call. = FALSE, domain = NA)
            if (options$figs.only) 
                devs[[1L]](name = chunkprefix, width = options$width, height = options$height, options)
        }
        SweaveHooks(options, run = TRUE)
        for (nce in seq_along(chunkexps)) {
            ce <- chunkexps[[nce]]
            if (options$keep.source && nce <= length(srcrefs) && !is.null(srcref <- srcrefs[[nce]])) {
                showfrom <- srcref[7L]
                showto <- srcref[8L]
                dce <- trySrcLines(srcfile, lastshown + 1L, showto, ce)
                leading <- showfrom - lastshown
                lastshown <- showto
                srcline <- srcref[3L]
                linedirs <- startsWith(dce, "#line ")
                dce <- dce[!linedirs]
                leading <- leading - sum(linedirs[seq_len(leading)])
                while (length(dce) && length(grep("^[[:blank:]]*$", dce[1L]))) {
                  dce <- dce[-1L]
                  leading <- leading - 1L
                }
            }
            else {
                dce <- deparse(ce, width.cutoff = 0.75 * getOption("width"))
                leading <- 1L
            }
            if (object$debug) 
                cat("\nRnw> ", paste(dce, collapse = "\n+  "), "\n")
            if (options$echo && length(dce)) 
                putSinput(dce, leading)
            if (options$eval) {
                tmpcon <- file()
                sink(file = tmpcon)
                err <- tryCatch(evalFunc(ce, options), finally = {
                  cat("\n")
                  sink()
                })
                output <- readLines(tmpcon)
                close(tmpcon)
                if (length(output) == 1L && !nzchar(output[1L])) 
                  output <- NULL
                RweaveTryStop(err, options)
            }
            else output <- NULL
            if (length(output) && object$debug) 
                cat(paste(output, collapse = "\n"))
            if (length(output) && (options$results != "hide")) {
                if (openSinput) {
                  cat("\n\\end{Sinput}\n", file = chunkout)
                  linesout[thisline + 1L:2L] <- srcline
                  filenumout[thisline + 1L:2L] <- srcfilenum
                  thisline <- thisline + 2L
                  openSinput <- FALSE
                }
                if (options$results == "verbatim") {
                  if (!openSchunk) {
                    cat("\\begin{Schunk}\n", file = chunkout)
                    linesout[thisline + 1L] <- srcline
                    filenumout[thisline + 1L] <- srcfilenum
                    thisline <- thisline + 1L
                    openSchunk <- TRUE
                  }
                  cat("\\begin{Soutput}\n", file = chunkout)
                  linesout[thisline + 1L] <- srcline
                  filenumout[thisline + 1L] <- srcfilenum
                  thisline <- thisline + 1L
                }
                output <- paste(output, collapse = "\n")
                if (options$strip.white %in% c("all", "true")) {
                  output <- sub("^[[:space:]]*\n", "", output)
                  output <- sub("\n[[:space:]]*$", "", output)
                  if (options$strip.white == "all") 
                    output <- sub("\n[[:space:]]*\n", "\n", output)
                }
                cat(output, file = chunkout)
                count <- sum(strsplit(output, NULL)[[1L]] == "\n")
                if (count > 0L) {
                  linesout[thisline + 1L:count] <- srcline
                  filenumout[thisline + 1L:count] <- srcfilenum
                  thisline <- thisline + count
                }
                remove(output)
                if (options$results == "verbatim") {
                  cat("\n\\end{Soutput}\n", file = chunkout)
                  linesout[thisline + 1L:2L] <- srcline
                  filenumout[thisline + 1L:2L] <- srcfilenum
                  thisline <- thisline + 2L
                }
            }
        }
        if (options$keep.source) 
            echoComments(length(srcfile$lines))
        if (openSinput) {
            cat("\n\\end{Sinput}\n", file = chunkout)
            linesout[thisline + 1L:2L] <- srcline
            filenumout[thisline + 1L:2L] <- srcfilenum
            thisline <- thisline + 2L
        }
        if (openSchunk) {
            cat("\\end{Schunk}\n", file = chunkout)
            linesout[thisline + 1L] <- srcline
            filenumout[thisline + 1L] <- srcfilenum
            thisline <- thisline + 1L
        }
        if (is.null(options$label) && options$split) 
            close(chunkout)
        if (options$split && options$include) {
            cat("\\input{", chunkprefix, "}\n", sep = "", file = object$output)
            linesout[thisline + 1L] <- srcline
            filenumout[thisline + 1L] <- srcfilenum
            thisline <- thisline + 1L
        }
        if (length(devs)) {
            if (options$figs.only) 
                devoffs[[1L]]()
            for (i in seq_along(devs)) {
                if (options$figs.only && i == 1) 
                  next
                devs[[i]](name = chunkprefix, width = options$width, height = options$height, options)
                err <- tryCatch({
                  SweaveHooks(options, run = TRUE)
                  eval(chunkexps, envir = .GlobalEnv)
                }, error = function(e) {
                  devoffs[[i]]()
                  stop(conditionMessage(e), call. = FALSE, domain = NA)
                })
                devoffs[[i]]()
            }
            if (options$include) {
                cat("\\includegraphics{", chunkprefix, "}\n", sep = "", file = object$output)
                linesout[thisline + 1L] <- srcline
                filenumout[thisline + 1L] <- srcfilenum
                thisline <- thisline + 1L
            }
        }
        object$linesout <- c(object$linesout, linesout)
        object$filenumout <- c(object$filenumout, filenumout)
        object
    }
}
#@ closure internal makeUserAgent
function (format = TRUE) 
{
    agent <- getOption("HTTPUserAgent")
    if (is.null(agent)) {
        return(NULL)
    }
    if (length(agent) != 1L) 
        stop(gettextf("%s option must be a length one character vector or NULL", sQuote("HTTPUserAgent")), domain = NA)
    if (format) 
        paste0("User-Agent: ", agent[1L], "\r\n")
    else agent[1L]
}
#@ closure exported maphash
function (h, FUN) 
invisible(.External(C_maphash_Ext, h, FUN))
#@ value internal MARC_relator_db list
#@ value internal MARC_relator_db_codes_used_with_R character
#@ closure internal matchAvailableTopics
function (prefix, text) 
{
    .readAliases <- function(path) {
        if (file.exists(f <- file.path(path, "help", "aliases.rds"))) 
            names(readRDS(f))
        else if (file.exists(f <- file.path(path, "help", "AnIndex"))) 
            scan(f, what = list("", ""), sep = "\t", quote = "", na.strings = "", quiet = TRUE)[[1L]]
        else character()
    }
    if (length(text) != 1L || text == "") 
        return(character())
    pkgpaths <- searchpaths()[startsWith(search(), "package:")]
    if (!identical(basename(pkgpaths), .CompletionEnv[["attached_packages"]])) {
        assign("attached_packages", basename(pkgpaths), envir = .CompletionEnv)
        assign("help_topics", unique(unlist(lapply(pkgpaths, .readAliases))), envir = .CompletionEnv)
    }
    aliases <- .CompletionEnv[["help_topics"]]
    ans <- findMatches(sprintf("^%s", makeRegexpSafe(text)), aliases)
    if (nzchar(prefix)) {
        tmp <- grep(sprintf("-%s$", prefix), ans, value = TRUE)
        if (length(tmp)) 
            substring(tmp, 1, nchar(tmp) - nchar(prefix) - 1L)
        else character(0)
    }
    else ans
}
#@ closure exported memory.limit
function (size = NA) 
{
    warning("'memory.limit()' is Windows-specific", call. = FALSE)
    Inf
}
#@ closure exported memory.size
function (max = FALSE) 
{
    warning("'memory.size()' is Windows-specific", call. = FALSE)
    Inf
}
#@ closure exported menu
function (choices, graphics = FALSE, title = NULL) 
{
    if (!interactive()) 
        stop("menu() cannot be used non-interactively")
    if (isTRUE(graphics)) {
        if (.Platform$OS.type == "windows" || .Platform$GUI == "AQUA" || (capabilities("tcltk") && capabilities("X11") && suppressWarnings(tcltk::.TkUp))) {
            res <- select.list(choices, multiple = FALSE, title = title, graphics = TRUE)
            return(match(res, choices, nomatch = 0L))
        }
    }
    nc <- length(choices)
    if (length(title) && nzchar(title[1L])) 
        cat(title[1L], "\n")
    op <- paste0(format(seq_len(nc)), ": ", choices)
    if (nc > 10L) {
        fop <- format(op)
        nw <- nchar(fop[1L], "w") + 2L
        ncol <- getOption("width")%/%nw
        if (ncol > 1L) 
            op <- paste0(fop, c(rep.int("  ", min(nc, ncol) - 1L), "\n"), collapse = "")
    }
    cat("", op, "", sep = "\n")
    repeat {
        ind <- .Call(C_menu, as.character(choices))
        if (ind <= nc) 
            return(ind)
        cat(gettext("Enter an item from the menu, or 0 to exit\n"))
    }
}
#@ closure internal merge_demo_index
function (hDB, path, pkg) 
{
    if (file.exists(d_file <- file.path(path, "Meta", "demo.rds")) && !is.null(dDB <- readRDS(d_file)) && nrow(dDB)) {
        base <- matrix("", nrow = nrow(dDB), ncol = 8L)
        colnames(base) <- colnames(hDB[[1]])
        base[, "Package"] <- pkg
        base[, "LibPath"] <- path
        id <- as.character(1:nrow(dDB) + NROW(hDB[[1L]]))
        base[, "ID"] <- id
        base[, "Name"] <- dDB[, 1L]
        base[, "Topic"] <- base[, "Name"]
        base[, "Title"] <- dDB[, 2L]
        base[, "Type"] <- "demo"
        hDB[[1L]] <- rbind(hDB[[1L]], base)
        aliases <- matrix("", nrow = nrow(dDB), ncol = 3L)
        colnames(aliases) <- colnames(hDB[[2L]])
        aliases[, "Alias"] <- base[, "Name"]
        aliases[, "ID"] <- id
        aliases[, "Package"] <- pkg
        hDB[[2L]] <- rbind(hDB[[2L]], aliases)
    }
    hDB
}
#@ closure internal merge_vignette_index
function (hDB, path, pkg) 
{
    if (file.exists(v_file <- file.path(path, "Meta", "vignette.rds")) && !is.null(vDB <- readRDS(v_file)) && nrow(vDB)) {
        base <- matrix("", nrow = nrow(vDB), ncol = 8L)
        colnames(base) <- colnames(hDB[[1L]])
        base[, "Package"] <- pkg
        base[, "LibPath"] <- path
        id <- as.character(1:nrow(vDB) + NROW(hDB[[1L]]))
        base[, "ID"] <- id
        base[, "Name"] <- tools::file_path_sans_ext(basename(vDB$PDF))
        base[, "Topic"] <- base[, "Name"]
        base[, "Title"] <- vDB$Title
        base[, "Type"] <- "vignette"
        hDB[[1L]] <- rbind(hDB[[1L]], base)
        aliases <- matrix("", nrow = nrow(vDB), ncol = 3L)
        colnames(aliases) <- colnames(hDB[[2L]])
        aliases[, "Alias"] <- base[, "Name"]
        aliases[, "ID"] <- id
        aliases[, "Package"] <- pkg
        hDB[[2L]] <- rbind(hDB[[2L]], aliases)
        nkeywords <- sum(lengths(vDB$Keywords))
        if (nkeywords) {
            keywords <- matrix("", nrow = nkeywords, ncol = 3L)
            colnames(keywords) <- colnames(hDB[[4L]])
            keywords[, "Concept"] <- unlist(vDB$Keywords)
            keywords[, "ID"] <- unlist(lapply(1:nrow(vDB), function(i) rep.int(id[i], length(vDB$Keywords[[i]]))))
            keywords[, "Package"] <- pkg
            hDB[[4L]] <- rbind(hDB[[4L]], keywords)
        }
    }
    hDB
}
#@ closure exported methods
function (generic.function, class) 
{
    envir <- parent.frame()
    if (!missing(generic.function) && !is.character(generic.function)) {
        what <- substitute(generic.function)
        generic.function <- if (is.function(generic.function) && is.call(what) && (deparse(what[[1L]], nlines = 1L) %in% c("::", ":::"))) {
            what <- as.character(what[2:3])
            envir <- asNamespace(what[[1L]])
            what[[2L]]
        }
        else deparse(what)
    }
    if (!missing(class) && !is.character(class)) 
        class <- deparse1(substitute(class))
    s3 <- .S3methods(generic.function, class, envir)
    s4 <- if (.isMethodsDispatchOn()) 
        methods::.S4methods(generic.function, class)
    .MethodsFunction(s3, s4, missing(generic.function))
}
#@ closure exported mirror2html
function (mirrors = NULL, file = "mirrors.html", head = "mirrors-head.html", foot = "mirrors-foot.html") 
{
    if (is.null(mirrors)) {
        mirrors <- getCRANmirrors(all = FALSE, local.only = TRUE)
    }
    mirrors$Host <- gsub("&", "&amp;", mirrors$Host, fixed = TRUE)
    z <- NULL
    if (file.exists(head)) 
        z <- readLines(head)
    z <- c(z, "<dl>")
    for (country in unique(mirrors$Country)) {
        m <- mirrors[mirrors$Country == country, ]
        z <- c(z, paste0("<dt>", country, "</dt>"), "<dd>", "<table border=0 style=\"width: 90%;\">")
        for (k in seq_len(nrow(m))) {
            z <- c(z, "<tr>", "<td style=\"width: 45%;\">", sprintf("<a href=\"%s\" target=\"_top\">%s</a>", m$URL[k], m$URL[k]), "</td>\n", "<td>", m$Host[k], "</td>", "</tr>")
        }
        z <- c(z, "</table>", "</dd>")
    }
    z <- c(z, "</dl>")
    if (file.exists(foot)) 
        z <- c(z, readLines(foot))
    if (file != "") 
        writeLines(z, file)
    invisible(z)
}
#@ closure exported modifyList
function (x, val, keep.null = FALSE) 
{
    stopifnot(is.list(x), is.list(val))
    xnames <- names(x)
    vnames <- names(val)
    vnames <- vnames[nzchar(vnames)]
    if (keep.null) {
        for (v in vnames) {
            x[v] <- if (v %in% xnames && is.list(x[[v]]) && is.list(val[[v]])) 
                list(modifyList(x[[v]], val[[v]], keep.null = keep.null))
            else val[v]
        }
    }
    else {
        for (v in vnames) {
            x[[v]] <- if (v %in% xnames && is.list(x[[v]]) && is.list(val[[v]])) 
                modifyList(x[[v]], val[[v]], keep.null = keep.null)
            else val[[v]]
        }
    }
    x
}
#@ closure exported new.packages
function (lib.loc = NULL, repos = getOption("repos"), contriburl = contrib.url(repos, type), instPkgs = installed.packages(lib.loc = lib.loc, ...), method, available = NULL, ask = FALSE, ..., type = getOption("pkgType")) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    ask
    if (type == "both" && (!missing(contriburl) || !is.null(available))) {
        stop("specifying 'contriburl' or 'available' requires a single type, not type = \"both\"")
    }
    if (is.null(lib.loc)) 
        lib.loc <- .libPaths()
    if (!is.matrix(instPkgs)) 
        stop(gettextf("no installed packages for (invalid?) 'lib.loc=%s'", lib.loc), domain = NA)
    if (is.null(available)) 
        available <- available.packages(contriburl = contriburl, method = method, ...)
    installed <- unique(instPkgs[, "Package"])
    poss <- sort(unique(available[, "Package"]))
    res <- setdiff(poss, installed)
    update <- character()
    graphics <- FALSE
    if (is.character(ask) && ask == "graphics") {
        ask <- TRUE
        if (.Platform$OS.type == "windows" || .Platform$GUI == "AQUA" || (capabilities("tcltk") && capabilities("X11"))) 
            graphics <- TRUE
    }
    if (isTRUE(ask)) {
        if (length(res)) 
            update <- res[match(select.list(res, multiple = TRUE, title = "New packages to be installed", graphics = graphics), res)]
        else message("no new packages are available")
    }
    if (length(update)) {
        if (type == "both") 
            install.packages(update, lib = lib.loc[1L], method = method, type = type, ...)
        else install.packages(update, lib = lib.loc[1L], contriburl = contriburl, method = method, available = available, type = type, ...)
        dirs <- list.files(lib.loc[1L])
        updated <- update[update %in% dirs]
        res <- res[!res %in% updated]
    }
    res
}
#@ closure exported news
function (query, package = "R", lib.loc = NULL, format = NULL, reader = NULL, db = NULL) 
{
    if (new.db <- is.null(db)) {
        db <- if (package == "R") 
            tools:::.build_news_db_from_R_NEWS_Rd()
        else if (package == "R-3") 
            tools:::.build_news_db_from_R_NEWS_Rd(Rfile = "NEWS.3.rds")
        else if (package == "R-2") 
            tools:::.build_news_db_from_R_NEWS_Rd(Rfile = "NEWS.2.rds")
        else tools:::.build_news_db(package, lib.loc, format, reader)
    }
    if (is.null(db)) 
        return(NULL)
    if (new.db) 
        attr(db, "package") <- package
    if (missing(query)) 
        return(db)
    db1 <- db
    version <- db$Version
    pos <- regexpr(sprintf("^%s", .standard_regexps()$valid_numeric_version), version)
    if (any(ind <- (pos > -1L))) 
        version[ind] <- substring(version[ind], 1L, attr(pos, "match.length")[ind])
    db1$Version <- numeric_version(version, strict = FALSE)
    db1$Date <- as.Date(db$Date)
    r <- eval(substitute(query), db1, parent.frame())
    if (!is.null(r)) {
        if (!is.logical(r) || length(r) != length(version)) 
            stop("invalid query")
        r <- r & !is.na(r)
        db <- db[r, ]
        if (!all(r)) 
            attr(db, "subset") <- r
    }
    db
}
#@ closure internal normalCompletions
function (text, check.mode = TRUE, add.fun = rc.getOption("function.suffix")) 
{
    if (text == "") 
        character()
    else {
        comps <- if (.CompletionEnv$settings[["fuzzy"]]) 
            fuzzyApropos(sprintf("^%s", makeRegexpSafe(text)))
        else apropos(sprintf("^%s", makeRegexpSafe(text)), ignore.case = FALSE)
        if (.CompletionEnv$settings[["func"]] && check.mode && !is.null(add.fun)) {
            which.function <- sapply(comps, function(s) exists(s, mode = "function"))
            if (any(which.function)) 
                comps[which.function] <- sprintf("%s%s", comps[which.function], add.fun)
        }
        c(comps, keywordCompletions(text), loadedPackageCompletions(text))
    }
}
#@ closure exported nsl
function (hostname) 
.Call(C_nsl, hostname)
#@ closure exported numhash
function (h) 
.External(C_numhash_Ext, h)
#@ closure exported object.size
function (x) 
structure(.Call(C_objectSize, x), class = "object_size")
#@ closure internal offline_help_helper
function (texfile, type, texinputs = NULL) 
{
    tf <- tempfile("tex", tmpdir = ".", fileext = ".tex")
    on.exit(unlink(tf))
    file.copy(texfile, tf)
    tools::texi2pdf(tf, clean = TRUE, texinputs = texinputs)
    ofile <- sub("tex$", "pdf", tf)
    ofile2 <- sub("tex$", "pdf", texfile)
    if (!file.exists(ofile)) 
        stop(gettextf("creation of %s failed", sQuote(ofile2)), domain = NA)
    if (file.copy(ofile, ofile2, overwrite = TRUE)) {
        unlink(ofile)
        message(gettextf("Saving help page to %s", sQuote(basename(ofile2))), domain = NA)
    }
    else {
        message(gettextf("Saving help page to %s", sQuote(ofile)), domain = NA)
    }
    invisible()
}
#@ closure exported old.packages
function (lib.loc = NULL, repos = getOption("repos"), contriburl = contrib.url(repos, type), instPkgs = installed.packages(lib.loc = lib.loc, ...), method, available = NULL, checkBuilt = FALSE, ..., type = getOption("pkgType")) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    if (is.null(lib.loc)) 
        lib.loc <- .libPaths()
    if (!missing(instPkgs)) {
        if (!is.matrix(instPkgs) || !is.character(instPkgs[, "Package"])) 
            stop("ill-formed 'instPkgs' matrix")
    }
    if (NROW(instPkgs) == 0L) 
        return(NULL)
    available <- if (is.null(available)) 
        available.packages(contriburl = contriburl, method = method, ...)
    else tools:::.remove_stale_dups(available)
    update <- NULL
    currentR <- minorR <- getRversion()
    minorR[[c(1L, 3L)]] <- 0L
    for (k in 1L:nrow(instPkgs)) {
        if (instPkgs[k, "Priority"] %in% "base") 
            next
        z <- match(instPkgs[k, "Package"], available[, "Package"])
        if (is.na(z)) 
            next
        onRepos <- available[z, ]
        if ((!checkBuilt || package_version(instPkgs[k, "Built"]) >= minorR) && package_version(onRepos["Version"]) <= package_version(instPkgs[k, "Version"])) 
            next
        deps <- onRepos["Depends"]
        if (!is.na(deps)) {
            Rdeps <- tools:::.split_dependencies(deps)[["R", exact = TRUE]]
            if (length(Rdeps) > 1L && !do.call(Rdeps$op, list(currentR, Rdeps$version))) 
                next
        }
        update <- rbind(update, c(instPkgs[k, c("Package", "LibPath", "Version", "Built")], onRepos["Version"], onRepos["Repository"]))
    }
    if (!is.null(update)) 
        colnames(update) <- c("Package", "LibPath", "Installed", "Built", "ReposVer", "Repository")
    rownames(update) <- update[, "Package"]
    update[!duplicated(update), , drop = FALSE]
}
#@ closure internal Ops.roman
function (e1, e2) 
{
    if (.Generic %in% c("+", "-", "*", "^", "%%", "%/%", "/")) {
        e1 <- .as.roman(e1, check.range = FALSE)
        e2 <- .as.roman(e2, check.range = FALSE)
        as.roman(NextMethod(.Generic))
    }
    else NextMethod(.Generic)
}
#@ value exported osVersion character
#@ closure exported package.skeleton
function (name = "anRpackage", list = character(), environment = .GlobalEnv, path = ".", force = FALSE, code_files = character(), encoding = "unknown") 
{
    if (!grepl(sprintf("^%s$", .standard_regexps()$valid_package_name), name)) 
        stop("Malformed package name.")
    safe.dir.create <- function(path) {
        if (!dir.exists(path) && !dir.create(path)) 
            stop(gettextf("cannot create directory '%s'", path), domain = NA)
    }
    if (!is.character(code_files)) 
        stop("'code_files' must be a character vector")
    use_code_files <- length(code_files) > 0L
    envIsMissing <- missing(environment)
    if (missing(list)) {
        if (use_code_files) {
            environment <- new.env(hash = TRUE, parent = globalenv())
            methods::setPackageName(name, environment)
            for (cf in code_files) sys.source(cf, envir = environment)
        }
        list <- ls(environment, all.names = TRUE)
        if (identical(environment, .GlobalEnv)) 
            list <- list[list != ".Random.seed"]
    }
    if (!is.character(list)) 
        stop("'list' must be a character vector naming R objects")
    if (use_code_files || !envIsMissing) {
        classesList <- methods::getClasses(environment)
        classes0 <- .fixPackageFileNames(classesList)
        names(classes0) <- classesList
        methodsList <- methods::getGenerics(environment)
        methods0 <- .fixPackageFileNames(methodsList)
        names(methods0) <- methodsList
    }
    else {
        classesList <- methodsList <- character()
    }
    usingS4 <- length(classesList) > 0L || length(methodsList) > 0L
    have <- vapply(list, exists, NA, envir = environment)
    if (any(!have)) 
        warning(sprintf(ngettext(sum(!have), "object '%s' not found", "objects '%s' not found"), paste(sQuote(list[!have]), collapse = ", ")), domain = NA)
    list <- list[have]
    if (!length(list)) 
        stop("no R objects specified or available")
    message("Creating directories ...", domain = NA)
    dir <- file.path(path, name)
    if (file.exists(dir) && !force) 
        stop(gettextf("directory '%s' already exists", dir), domain = NA)
    safe.dir.create(dir)
    safe.dir.create(code_dir <- file.path(dir, "R"))
    safe.dir.create(docs_dir <- file.path(dir, "man"))
    safe.dir.create(data_dir <- file.path(dir, "data"))
    message("Creating DESCRIPTION ...", domain = NA)
    description <- file(file.path(dir, "DESCRIPTION"), "wt")
    cat("Package: ", name, "\n", "Type: Package\n", "Title: What the package does (short line)\n", "Version: 1.0\n", "Date: ", format(Sys.time(), format = "%Y-%m-%d"), "\n", "Author: Who wrote it\n", "Maintainer: Who to complain to <yourfault@somewhere.net>\n", "Description: More about what it does (maybe more than one line)\n", "License: What license is it under?\n", if (usingS4) 
        "Imports: methods\n", if (nzchar(encoding) && encoding != "unknown") 
        paste0("Encoding: ", encoding, "\n"), file = description, sep = "")
    close(description)
    message("Creating NAMESPACE ...", domain = NA)
    out <- file(file.path(dir, "NAMESPACE"), "wt")
    list0 <- list[grepl("^[[:alpha:]]", list)]
    if (length(list0)) 
        writeLines(strwrap(sprintf("export(%s)", paste0("\"", list0, "\"", collapse = ", ")), exdent = 7L), out)
    if (length(methodsList)) {
        cat("exportMethods(\n    ", file = out)
        cat(paste0("\"", methodsList, "\"", collapse = ",\n    "), "\n)\n", file = out)
    }
    if (length(classesList)) {
        cat("exportClasses(\n    ", file = out)
        cat(paste0("\"", classesList, "\"", collapse = ",\n     "), "\n)\n", file = out)
    }
    close(out)
    message("Creating Read-and-delete-me ...", domain = NA)
    out <- file(file.path(dir, "Read-and-delete-me"), "wt")
    msg <- c("* Edit the help file skeletons in 'man', possibly combining help files for multiple functions.", "* Edit the exports in 'NAMESPACE', and add necessary imports.", "* Put any C/C++/Fortran code in 'src'.", "* If you have compiled code, add a useDynLib() directive to 'NAMESPACE'.", "* Run R CMD build to build the package tarball.", "* Run R CMD check to check the package tarball.", "", "Read \"Writing R Extensions\" for more information.")
    writeLines(strwrap(msg, exdent = 2), out)
    close(out)
    internalObjInds <- grep("^\\.", list)
    internalObjs <- list[internalObjInds]
    if (length(internalObjInds)) 
        list <- list[-internalObjInds]
    list0 <- .fixPackageFileNames(list)
    names(list0) <- list
    if (!use_code_files) {
        message("Saving functions and data ...", domain = NA)
        if (length(internalObjInds)) 
            dump(internalObjs, file = file.path(code_dir, sprintf("%s-internal.R", name)), envir = environment)
        for (item in list) {
            objItem <- get(item, envir = environment)
            if (is.function(objItem)) {
                if (isS4(objItem)) 
                  stop(gettextf("generic functions and other S4 objects (e.g., '%s') cannot be dumped; use the 'code_files' argument", item), domain = NA)
                dump(item, file = file.path(code_dir, sprintf("%s.R", list0[item])), envir = environment)
            }
            else try(save(list = item, envir = environment, file = file.path(data_dir, sprintf("%s.rda", item))))
        }
    }
    else {
        message("Copying code files ...", domain = NA)
        file.copy(code_files, code_dir)
        R_files <- tools::list_files_with_type(code_dir, "code", full.names = FALSE, OS_subdirs = "")
        code_files <- basename(code_files)
        wrong <- code_files[is.na(match(code_files, R_files))]
        if (length(wrong)) {
            warning("Invalid file name(s) for R code in ", code_dir, ":\n", strwrap(paste(sQuote(wrong), collapse = ", "), indent = 2), "\n are now renamed to 'z<name>.R'", domain = NA)
            file.rename(from = file.path(code_dir, wrong), to = file.path(code_dir, paste0("z", sub("(\\.[^.]*)?$", ".R", wrong))))
        }
    }
    message("Making help files ...", domain = NA)
    yy <- try(suppressMessages({
        promptPackage(name, filename = file.path(docs_dir, sprintf("%s-package.Rd", name)), lib.loc = path)
        sapply(list, function(item) {
            prompt(get(item, envir = environment), name = item, filename = file.path(docs_dir, sprintf("%s.Rd", list0[item])))
        })
        sapply(classesList, function(item) {
            methods::promptClass(item, filename = file.path(docs_dir, sprintf("%s-class.Rd", classes0[item])), where = environment)
        })
        sapply(methodsList, function(item) {
            methods::promptMethods(item, filename = file.path(docs_dir, sprintf("%s-methods.Rd", methods0[item])), methods::findMethods(item, where = environment))
        })
    }))
    for (item in methodsList) {
        if (exists(item, envir = environment, inherits = FALSE)) {
            ff <- get(item, envir = environment)
            if (methods::is(ff, "genericFunction") && !identical(ff@package, name)) 
                file.remove(file.path(docs_dir, sprintf("%s.Rd", list0[item])))
        }
    }
    if (inherits(yy, "try-error")) 
        stop(yy)
    if (length(list.files(code_dir)) == 0L) 
        unlink(code_dir, recursive = TRUE)
    if (length(list.files(data_dir)) == 0L) 
        unlink(data_dir, recursive = TRUE)
    message("Done.", domain = NA)
    message(sprintf("Further steps are described in '%s'.", file.path(dir, "Read-and-delete-me")), domain = NA)
}
#@ closure exported packageDate
function (pkg, lib.loc = NULL, date.fields = c("Date", "Packaged", "Date/Publication", "Built"), tryFormats = c("%Y-%m-%d", "%Y/%m/%d", "%D", "%m/%d/%y"), desc = packageDescription(pkg, lib.loc = lib.loc, fields = date.fields)) 
{
    useDesc <- is.list(desc) && length(names(desc)) >= 1
    for (fld in date.fields) {
        res <- if (useDesc) {
            r <- desc[[fld]]
            if (is.null(r)) 
                NA_character_
            else r
        }
        else packageDescription(pkg, lib.loc = lib.loc, fields = fld)
        res <- if (fld == "Built" && !is.na(res)) 
            tryCatch(asDateBuilt(res), error = function(e) {
                warning("Invalid \"Built\": ", conditionMessage(e))
                NA_character_
            })
        else as.Date(res, tryFormats = tryFormats, optional = TRUE)
        if (!is.na(res)) 
            break
    }
    if (is.na(res)) 
        res
    else structure(res, field = fld)
}
#@ closure exported packageDescription
function (pkg, lib.loc = NULL, fields = NULL, drop = TRUE, encoding = "") 
{
    retval <- list()
    if (!is.null(fields)) {
        fields <- as.character(fields)
        retval[fields] <- NA
    }
    pkgpath <- if (is.null(lib.loc)) {
        if (pkg == "base") 
            file.path(.Library, "base")
        else if (isNamespaceLoaded(pkg)) 
            getNamespaceInfo(pkg, "path")
        else if ((envname <- paste0("package:", pkg)) %in% search()) {
            attr(as.environment(envname), "path")
        }
    }
    if (is.null(pkgpath)) 
        pkgpath <- ""
    if (pkgpath == "") {
        libs <- if (is.null(lib.loc)) 
            .libPaths()
        else lib.loc
        for (lib in libs) if (file.access(file.path(lib, pkg), 5) == 0L) {
            pkgpath <- file.path(lib, pkg)
            break
        }
    }
    if (pkgpath == "") {
        warning(gettextf("no package '%s' was found", pkg), domain = NA)
        return(NA)
    }
    if (file.exists(file <- file.path(pkgpath, "Meta", "package.rds"))) {
        desc <- readRDS(file)$DESCRIPTION
        if (length(desc) < 1) 
            stop(gettextf("metadata of package '%s' is corrupt", pkg), domain = NA)
        desc <- as.list(desc)
    }
    else if (file.exists(file <- file.path(pkgpath, "DESCRIPTION"))) {
        dcf <- read.dcf(file = file)
        if (NROW(dcf) < 1L) 
            stop(gettextf("DESCRIPTION file of package '%s' is corrupt", pkg), domain = NA)
        desc <- as.list(dcf[1, ])
    }
    else file <- ""
    if (nzchar(file)) {
        enc <- desc[["Encoding"]]
        if (!is.null(enc) && !is.na(encoding)) {
            if (missing(encoding) && Sys.getlocale("LC_CTYPE") == "C") 
                encoding <- "ASCII//TRANSLIT"
            if (encoding != enc) {
                newdesc <- try(lapply(desc, iconv, from = enc, to = encoding))
                dOk <- function(nd) !inherits(nd, "error") && !anyNA(nd)
                ok <- dOk(newdesc)
                if (!ok) 
                  ok <- dOk(newdesc <- try(lapply(desc, iconv, from = enc, to = paste0(encoding, "//TRANSLIT"))))
                if (!ok) 
                  ok <- dOk(newdesc <- try(lapply(desc, iconv, from = enc, to = "ASCII//TRANSLIT", sub = "?")))
                if (ok) 
                  desc <- newdesc
                else warning("'DESCRIPTION' file has an 'Encoding' field and re-encoding is not possible", call. = FALSE)
            }
        }
        if (!is.null(fields)) {
            ok <- names(desc) %in% fields
            retval[names(desc)[ok]] <- desc[ok]
        }
        else retval[names(desc)] <- desc
    }
    if ((file == "") || (length(retval) == 0)) {
        warning(gettextf("DESCRIPTION file of package '%s' is missing or broken", pkg), domain = NA)
        return(NA)
    }
    if (drop && length(fields) == 1L) 
        return(retval[[1L]])
    class(retval) <- "packageDescription"
    if (!is.null(fields)) 
        attr(retval, "fields") <- fields
    attr(retval, "file") <- file
    retval
}
#@ closure exported packageName
function (env = parent.frame()) 
{
    if (!is.environment(env)) 
        stop("'env' must be an environment")
    env <- topenv(env)
    if (!is.null(pn <- get0(".packageName", envir = env, inherits = FALSE))) 
        pn
    else if (identical(env, .BaseNamespaceEnv)) 
        "base"
}
#@ closure exported packageStatus
function (lib.loc = NULL, repositories = NULL, method, type = getOption("pkgType"), ...) 
{
    newestVersion <- function(x) {
        vers <- package_version(x)
        max <- vers[1L]
        for (i in seq_along(vers)) if (max < vers[i]) 
            max <- vers[i]
        which.max(vers == max)
    }
    if (is.null(lib.loc)) 
        lib.loc <- .libPaths()
    if (is.null(repositories)) 
        repositories <- contrib.url(getOption("repos"), type = type)
    char2df <- function(x) {
        y <- list()
        for (k in 1L:ncol(x)) y[[k]] <- x[, k]
        attr(y, "names") <- colnames(x)
        attr(y, "row.names") <- make.unique(y[[1L]])
        class(y) <- "data.frame"
        y
    }
    y <- char2df(installed.packages(lib.loc = lib.loc, ...))
    y[, "Status"] <- rep("ok", nrow(y))
    z <- available.packages(repositories, method, ...)
    ztab <- table(z[, "Package"])
    for (pkg in names(ztab)[ztab > 1]) {
        zrow <- which(z[, "Package"] == pkg)
        znewest <- newestVersion(z[zrow, "Version"])
        z <- z[-zrow[-znewest], ]
    }
    z <- cbind(z, Status = "not installed")
    z[z[, "Package"] %in% y$Package, "Status"] <- "installed"
    z <- char2df(z)
    attr(z, "row.names") <- z$Package
    for (k in seq_len(nrow(y))) {
        pkg <- y[k, "Package"]
        if (pkg %in% z$Package) {
            if (package_version(y[k, "Version"]) < package_version(z[pkg, "Version"])) {
                y[k, "Status"] <- "upgrade"
            }
        }
        else {
            if (!(y[k, "Priority"] %in% "base")) 
                y[k, "Status"] <- "unavailable"
        }
    }
    y$LibPath <- factor(y$LibPath, levels = lib.loc)
    y$Status <- factor(y$Status, levels = c("ok", "upgrade", "unavailable"))
    z$Repository <- factor(z$Repository, levels = repositories)
    z$Status <- factor(z$Status, levels = c("installed", "not installed"))
    retval <- list(inst = y, avail = z)
    class(retval) <- "packageStatus"
    retval
}
#@ closure exported packageVersion
function (pkg, lib.loc = NULL) 
{
    res <- suppressWarnings(packageDescription(pkg, lib.loc = lib.loc, fields = "Version"))
    if (!is.na(res)) 
        package_version(res)
    else stop(packageNotFoundError(pkg, lib.loc, sys.call()))
}
#@ closure exported page
function (x, method = c("dput", "print"), ...) 
{
    local.file.show <- function(file, title = subx, delete.file = TRUE, pager = getOption("pager"), ...) file.show(file, title = title, delete.file = delete.file, pager = pager)
    local.dput <- function(x, file, title, delete.file, pager, ...) dput(x, file, ...)
    local.print <- function(x, title, delete.file, pager, ...) print(x, ...)
    if (is.character(x) && length(x) == 1L) {
        subx <- x
        parent <- parent.frame()
        if (exists(subx, envir = parent)) 
            x <- get(subx, envir = parent)
        else stop(gettextf("no object named '%s' to show", x), domain = NA)
    }
    else {
        subx <- deparse1(substitute(x))
    }
    file <- tempfile("Rpage.")
    if (match.arg(method) == "dput") 
        local.dput(x, file, ...)
    else {
        sink(file)
        local.print(x, ...)
        sink()
    }
    local.file.show(file, ...)
}
#@ closure exported person
function (given = NULL, family = NULL, middle = NULL, email = NULL, role = NULL, comment = NULL, first = NULL, last = NULL) 
{
    args <- list(given = given, family = family, middle = middle, email = email, role = role, comment = comment, first = first, last = last)
    if (all(vapply(args, is.null, NA))) 
        return(.person())
    args <- lapply(args, .listify)
    args_length <- lengths(args)
    if (!all(args_length_ok <- args_length %in% c(1L, max(args_length)))) 
        warning(gettextf("Not all arguments are of the same length, the following need to be recycled: %s", paste(names(args)[!args_length_ok], collapse = ", ")), domain = NA)
    args <- lapply(args, function(x) rep_len(x, max(args_length)))
    person1 <- function(given = NULL, family = NULL, middle = NULL, email = NULL, role = NULL, comment = NULL, first = NULL, last = NULL) {
        if (!.is_not_nonempty_text(first)) {
            if (!.is_not_nonempty_text(given)) 
                stop(gettextf("Use either %s or %s/%s but not both.", sQuote("given"), sQuote("first"), sQuote("middle")), domain = NA)
            warning(gettextf("It is recommended to use %s instead of %s.", sQuote("given"), sQuote("first")), domain = NA)
            given <- first
        }
        if (!.is_not_nonempty_text(middle)) {
            warning(gettextf("It is recommended to use %s instead of %s.", sQuote("given"), sQuote("middle")), domain = NA)
            given <- c(given, unlist(strsplit(middle, "[[:space:]]+")))
        }
        if (!.is_not_nonempty_text(last)) {
            if (!.is_not_nonempty_text(family)) 
                stop(gettextf("Use either %s or %s but not both.", sQuote("family"), sQuote("last")), domain = NA)
            warning(gettextf("It is recommended to use %s instead of %s.", sQuote("family"), sQuote("last")), domain = NA)
            family <- last
        }
        if (.is_not_nonempty_text(given)) 
            given <- NULL
        if (.is_not_nonempty_text(family)) 
            family <- NULL
        if (.is_not_nonempty_text(email)) 
            email <- NULL
        if (.is_not_nonempty_text(role)) {
            if (!is.null(role)) 
                warning(sprintf(ngettext(length(role), "Invalid role specification: %s.", "Invalid role specifications: %s."), paste(sQuote(role), collapse = ", ")), domain = NA)
            role <- NULL
        }
        if (.is_not_nonempty_text(comment)) 
            comment <- NULL
        if (length(role)) 
            role <- .canonicalize_person_role(role)
        if (length(comment)) {
            ind <- grepl(sprintf("^https?://orcid.org/%s$", tools:::.ORCID_iD_regexp), comment)
            if (any(ind)) {
                if (is.null(names(comment))) 
                  names(comment) <- ifelse(ind, "ORCID", "")
                else names(comment)[ind] <- "ORCID"
            }
        }
        rval <- list(given = given, family = family, role = role, email = email, comment = comment)
        if (any(ind <- (lengths(rval) == 0L))) 
            rval[ind] <- vector("list", length = sum(ind))
        if (all(vapply(rval, is.null, NA))) 
            NULL
        else rval
    }
    force(person1)
    rval <- lapply(seq_along(args$given), function(i) with(args, person1(given = given[[i]], family = family[[i]], middle = middle[[i]], email = email[[i]], role = role[[i]], comment = comment[[i]], first = first[[i]], last = last[[i]])))
    .person(rval[!vapply(rval, is.null, NA)])
}
#@ closure exported personList
function (...) 
{
    z <- list(...)
    if (!all(vapply(z, inherits, NA, "person"))) 
        stop(gettextf("all arguments must be of class %s", dQuote("person")), domain = NA)
    do.call(c, z)
}
#@ closure exported pico
function (name = NULL, file = "") 
edit.default(name, file, editor = "pico")
#@ closure internal print.aspell
function (x, ...) 
{
    if (nrow(x)) 
        writeLines(paste(format(x, ...), collapse = "\n\n"))
    invisible(x)
}
#@ closure internal print.aspell_inspect_context
function (x, ...) 
{
    s <- split(x, x$File)
    nms <- names(s)
    for (i in seq_along(s)) {
        e <- s[[i]]
        writeLines(c(sprintf("File '%s':", nms[i]), sprintf("  Line %s: \"%s\", \"%s\", \"%s\"", format(e$Line), gsub("\"", "\\\"", e$Left), e$Original, gsub("\"", "\\\"", e$Right)), ""))
    }
    invisible(x)
}
#@ closure internal print.bibentry
function (x, style = "text", .bibstyle = NULL, ...) 
{
    style <- .bibentry_match_format_style(style)
    if (style == "R") {
        writeLines(format(x, "R", collapse = TRUE, ...))
    }
    else if (length(x)) {
        y <- format(x, style, .bibstyle, ...)
        if (style == "citation") {
            n <- length(y)
            if (nzchar(header <- y[1L])) 
                header <- c("", header, "")
            if (nzchar(footer <- y[n])) 
                footer <- c("", footer, "")
            writeLines(c(header, paste(y[-c(1L, n)], collapse = "\n\n"), footer))
        }
        else {
            writeLines(paste(y, collapse = "\n\n"))
        }
    }
    invisible(x)
}
#@ closure internal print.Bibtex
function (x, prefix = "", ...) 
{
    writeLines(paste0(prefix, unclass(x)), ...)
    invisible(x)
}
#@ closure internal print.browseVignettes
function (x, ...) 
{
    if (length(x) == 0L) {
        message(gettextf("No vignettes found by %s", deparse1(attr(x, "call"))), domain = NA)
        return(invisible(x))
    }
    oneLink <- function(s) {
        if (length(s) == 0L) 
            return(character(0L))
        title <- gsub("&", "&amp;", s[, "Title"])
        if (port > 0L) 
            prefix <- sprintf("/library/%s/doc", pkg)
        else prefix <- sprintf("file://%s/doc", s[, "Dir"])
        src <- s[, "File"]
        pdf <- s[, "PDF"]
        rcode <- s[, "R"]
        pdfext <- sub("^.*\\.", "", pdf)
        sprintf("  <li>%s  -  \n    %s  \n    %s  \n    %s \n  </li>\n", title, ifelse(nzchar(pdf), sprintf("<a href='%s/%s'>%s</a>&nbsp;", prefix, pdf, toupper(pdfext)), ""), sprintf("<a href='%s/%s'>source</a>&nbsp;", prefix, src), ifelse(nzchar(rcode), sprintf("<a href='%s/%s'>R code</a>&nbsp;", prefix, rcode), ""))
    }
    port <- tools::startDynamicHelp(NA)
    file <- tempfile("Rvig.", fileext = ".html")
    sink(file)
    if (port > 0L) 
        css_file <- "/doc/html/R.css"
    else css_file <- file.path(R.home("doc"), "html", "R.css")
    cat(sprintf("<!DOCTYPE html>\n<html>\n<head>\n<title>R Vignettes</title>\n<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />\n<meta name='viewport' content='width=device-width, initial-scale=1.0, user-scalable=yes' />\n<link rel='stylesheet' type='text/css' href='%s' />\n</head>\n<body>\n<div class='container'>\n", css_file))
    cat(sprintf("<h2>Vignettes found by <code><q>%s</q></code></h2>", deparse1(attr(x, "call"))))
    cat("<div class=\"vignettes\">")
    for (pkg in names(x)) {
        cat(sprintf("<h3>Vignettes in package <code>%s</code></h3>\n", pkg))
        cat("<ul>\n")
        links <- oneLink(x[[pkg]])
        cat(paste(links), collapse = "\n")
        cat("\n</ul>\n")
    }
    cat("</div>")
    cat("<hr/>")
    if (nzchar(foot <- attr(x, "footer"))) 
        cat(sprintf("<p>%s</p>", foot))
    cat("</div>\n</body>\n</html>\n")
    sink()
    if (port > 0L) 
        browseURL(sprintf("http://127.0.0.1:%d/session/%s", port, basename(file)))
    else browseURL(sprintf("file://%s", file))
    invisible(x)
}
#@ closure internal print.changedFiles
function (x, verbose = FALSE, ...) 
{
    if (length(x$added)) 
        cat("Files added:\n", paste0("  ", x$added, collapse = "\n"), "\n", sep = "")
    if (length(x$deleted)) 
        cat("Files deleted:\n", paste0("  ", x$deleted, collapse = "\n"), "\n", sep = "")
    changes <- x$changes
    if (!verbose) {
        changes <- changes[rowSums(changes, na.rm = TRUE) > 0, , drop = FALSE]
        changes <- changes[, colSums(changes, na.rm = TRUE) > 0, drop = FALSE]
    }
    if (verbose || nrow(changes)) {
        cat("File changes:\n")
        print(changes)
    }
    invisible(x)
}
#@ closure internal print.citation
function (x, style = "citation", ...) 
print.bibentry(x, style = style, ...)
#@ closure internal print.fileSnapshot
function (x, verbose = FALSE, ...) 
{
    cat("File snapshot:\n path = ", x$path, "\n timestamp = ", x$timestamp, "\n file.info = ", x$file.info, "\n md5sum = ", x$md5sum, "\n digest = ", deparse(x$digest, control = NULL), "\n full.names = ", x$full.names, "\n args = ", deparse(x$args, control = NULL), "\n ", nrow(x$info), " files recorded.\n", sep = "")
    if (verbose) {
        if (ncol(x$info)) 
            print(x$info)
        else cat("Files:", rownames(x$info), sep = "\n ")
    }
    invisible(x)
}
#@ closure internal print.findLineNumResult
function (x, steps = TRUE, ...) 
{
    if (!length(x)) 
        cat("No source refs found.\n")
    filename <- NULL
    line <- 0
    for (i in seq_along(x)) {
        if (!identical(filename, x[[i]]$filename) || !identical(line, x[[i]]$line)) {
            filename <- x[[i]]$filename
            line <- x[[i]]$line
            cat(filename, "#", line, ":\n", sep = "")
        }
        cat(" ", x[[i]]$name, if (steps) 
            paste(" step ", paste(x[[i]]$at, collapse = ","))
        else "", sep = "")
        if (!is.null(x[[i]]$signature)) 
            cat(" signature ", paste(x[[i]]$signature, collapse = ","), sep = "")
        cat(" in ", format(x[[i]]$env), "\n", sep = "")
    }
}
#@ closure internal print.getAnywhere
function (x, ...) 
{
    n <- sum(!x$dups)
    if (n == 0L) {
        cat("no object named", sQuote(x$name), "was found\n")
    }
    else if (n == 1L) {
        cat("A single object matching", sQuote(x$name), "was found\n")
        cat("It was found in the following places\n")
        cat(paste0("  ", x$where), sep = "\n")
        cat("with value\n\n")
        print(x$objs[[1L]])
    }
    else {
        cat(n, "differing objects matching", sQuote(x$name), "were found\n")
        cat("in the following places\n")
        cat(paste0("  ", x$where), sep = "\n")
        cat("Use [] to view one of them\n")
    }
    invisible(x)
}
#@ closure internal print.hashtab
function (x, ...) 
{
    cat(format(x), "\n", sep = "")
    invisible(x)
}
#@ closure internal print.help_files_with_topic
function (x, ...) 
{
    browser <- getOption("browser")
    topic <- attr(x, "topic")
    type <- attr(x, "type")
    if (.Platform$GUI == "AQUA" && type == "html") 
        browser <- get("aqua.browser", envir = as.environment("tools:RGUI"))
    paths <- as.character(x)
    if (!length(paths)) {
        writeLines(c(gettextf("No documentation for %s in specified packages and libraries:", sQuote(topic)), gettextf("you could try %s", sQuote(paste0("??", topic)))))
        return(invisible(x))
    }
    port <- if (type == "html") 
        tools::startDynamicHelp(NA)
    else NULL
    if (attr(x, "tried_all_packages")) {
        paths <- unique(dirname(dirname(paths)))
        msg <- gettextf("Help for topic %s is not in any loaded package but can be found in the following packages:", sQuote(topic))
        if (type == "html" && port > 0L) {
            path <- file.path(tempdir(), ".R/doc/html")
            dir.create(path, recursive = TRUE, showWarnings = FALSE)
            out <- paste0("<!DOCTYPE html>\n", "<html>\n", "<head>\n<title>R: help</title>\n", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, user-scalable=yes\" />\n", "<link rel=\"stylesheet\" type=\"text/css\" href=\"/doc/html/R.css\" />\n", "</head>\n<body>\n<div class=\"container\">\n\n<hr>\n")
            out <- c(out, "<p>", msg, "</p><br>")
            out <- c(out, "<table style=\"width: 100%;\">\n", "<tr style=\"text-align: left; vertical-align: top;\">\n", "<td style=\"width: 25%;\">Package</td><td>Library</td></tr>\n")
            pkgs <- basename(paths)
            links <- paste0("<a href=\"http://127.0.0.1:", port, "/library/", pkgs, "/help/", topic, "\">", pkgs, "</a>")
            out <- c(out, paste0("<tr style=\"text-align: left; vertical-align: top;\">\n", "<td>", links, "</td><td>", dirname(paths), "</td></tr>\n"))
            out <- c(out, "</table>\n<hr>\n</div>\n</body>\n</html>")
            writeLines(out, file.path(path, "all.available.html"))
            browseURL(paste0("http://127.0.0.1:", port, "/doc/html/all.available.html"), browser)
        }
        else {
            writeLines(c(strwrap(msg), "", paste0("  ", formatDL(c(gettext("Package"), basename(paths)), c(gettext("Library"), dirname(paths)), indent = 22))))
        }
    }
    else {
        if (length(paths) > 1L) {
            if (type == "html" && port > 0L) {
                browseURL(paste0("http://127.0.0.1:", port, "/library/NULL/help/", URLencode(topic, reserved = TRUE)), browser)
                return(invisible(x))
            }
            file <- paths[1L]
            p <- paths
            msg <- gettextf("Help on topic %s was found in the following packages:", sQuote(topic))
            paths <- dirname(dirname(paths))
            txt <- formatDL(c("Package", basename(paths)), c("Library", dirname(paths)), indent = 22L)
            writeLines(c(strwrap(msg), "", paste0("  ", txt), ""))
            if (interactive()) {
                fp <- file.path(paths, "Meta", "Rd.rds")
                tp <- basename(p)
                titles <- tp
                if (type == "html" || type == "latex") 
                  tp <- tools::file_path_sans_ext(tp)
                for (i in seq_along(fp)) {
                  tmp <- try(readRDS(fp[i]))
                  titles[i] <- if (inherits(tmp, "try-error")) 
                    "unknown title"
                  else tmp[tools::file_path_sans_ext(tmp$File) == tp[i], "Title"]
                }
                txt <- paste0(titles, " {", basename(paths), "}")
                res <- menu(txt, title = gettext("Choose one"), graphics = getOption("menu.graphics"))
                if (res > 0) 
                  file <- p[res]
            }
            else {
                writeLines(gettext("\nUsing the first match ..."))
            }
        }
        else file <- paths
        if (type == "html") {
            if (port > 0L) {
                path <- dirname(file)
                dirpath <- dirname(path)
                pkgname <- basename(dirpath)
                browseURL(paste0("http://127.0.0.1:", port, "/library/", pkgname, "/html/", basename(file), ".html"), browser)
            }
            else {
                warning("HTML help is unavailable", call. = FALSE)
                att <- attributes(x)
                xx <- sub("/html/([^/]*)\\.html$", "/help/\\1", x)
                attributes(xx) <- att
                attr(xx, "type") <- "text"
                print(xx)
            }
        }
        else if (type == "text") {
            pkgname <- basename(dirname(dirname(file)))
            temp <- tools::Rd2txt(.getHelpFile(file), out = tempfile("Rtxt"), package = pkgname)
            file.show(temp, title = gettextf("R Help on %s", sQuote(topic)), delete.file = TRUE)
        }
        else if (type %in% "pdf") {
            path <- dirname(file)
            dirpath <- dirname(path)
            texinputs <- file.path(dirpath, "help", "figures")
            tf2 <- tempfile("Rlatex")
            tools::Rd2latex(.getHelpFile(file), out = tf2)
            .show_help_on_topic_offline(tf2, topic, type, texinputs)
            unlink(tf2)
        }
    }
    invisible(x)
}
#@ closure internal print.hsearch
function (x, ...) 
printhsearchInternal(x, ...)
#@ closure internal print.hsearch_db
function (x, ...) 
{
    writeLines(c("A help search database:", sprintf("Objects: %d, Aliases: %d, Keywords: %d, Concepts: %d", NROW(x$Base), NROW(x$Aliases), NROW(x$Keywords), NROW(x$Concepts))))
    invisible(x)
}
#@ closure internal print.Latex
function (x, prefix = "", ...) 
{
    writeLines(paste0(prefix, unclass(x)), ...)
    invisible(x)
}
#@ closure internal print.ls_str
function (x, max.level = 1, give.attr = FALSE, ..., digits = max(1, getOption("str")$digits.d)) 
{
    E <- attr(x, "envir")
    stopifnot(is.environment(E))
    M <- attr(x, "mode")
    args <- list(...)
    if (length(args) && "digits.d" %in% names(args)) {
        if (missing(digits)) 
            digits <- args$digits.d
        else warning("'digits' and 'digits.d' are both specified and the latter is not used")
        args$digits.d <- NULL
    }
    strargs <- c(list(max.level = max.level, give.attr = give.attr, digits.d = digits), args)
    n. <- substr(tempfile("ls_str_", tmpdir = ""), 2L, 20L)
    for (nam in x) {
        cat(nam, ": ")
        eA <- sprintf("%s:%s", nam, n.)
        o <- tryCatch(get(nam, envir = E, mode = M), error = function(e) {
            attr(e, eA) <- TRUE
            e
        })
        if (inherits(o, "error") && isTRUE(attr(o, eA))) {
            cat(if (length(grep("missing|not found", o$message))) 
                "<missing>"
            else o$message, "\n", sep = "")
        }
        else {
            strO <- function(...) str(o, ...)
            do.call(strO, strargs, quote = is.call(o) || is.symbol(o))
        }
    }
    invisible(x)
}
#@ closure internal print.MethodsFunction
function (x, byclass = attr(x, "byclass"), ...) 
{
    if (length(values <- format(x, byclass = byclass, ...))) {
        print(noquote(values))
        cat("see '?methods' for accessing help and source code\n")
    }
    else cat("no methods found\n")
    invisible(x)
}
#@ closure internal print.news_db
function (x, doBrowse = interactive(), browser = getOption("browser"), ...) 
{
    port <- if (doBrowse && !identical("false", browser) && is.character(pkg <- attr(x, "package")) && tools:::.news_db_has_no_bad_entries(x)) 
        tools::startDynamicHelp(NA)
    else 0L
    if (port > 0L) {
        tools:::.httpd_objects(port, x)
        url <- if (pkg == "R") {
            if (is.null(attr(x, "subset"))) {
                sprintf("http://127.0.0.1:%d/doc/html/NEWS.html", port)
            }
            else sprintf("http://127.0.0.1:%d/doc/html/NEWS.html?objects=1&port=%d", port, port)
        }
        else sprintf("http://127.0.0.1:%d/library/%s/NEWS?objects=1&port=%d", port, pkg, port)
        browseURL(url)
    }
    else writeLines(paste(unlist(format(x, ...)), collapse = "\n\n"))
    invisible(x)
}
#@ closure internal print.object_size
function (x, quote = FALSE, units = "b", standard = "auto", digits = 1L, ...) 
{
    y <- format.object_size(x, units = units, standard = standard, digits = digits)
    if (quote) 
        print.default(y, ...)
    else cat(y, "\n", sep = "")
    invisible(x)
}
#@ closure internal print.packageDescription
function (x, abbrCollate = 0.8 * getOption("width"), ...) 
{
    xx <- x
    xx[] <- lapply(xx, function(x) if (is.na(x)) 
        "NA"
    else x)
    if (abbrCollate > 0 && any(names(xx) == "Collate")) {
        wrds <- strsplit(xx$Collate, "[ \t\n]")[[1L]]
        if (n <- length(wrds)) {
            k <- sum((cumsum(nchar(wrds, "w")) + seq.int(0, n - 1)) <= abbrCollate)
            if (k < n) 
                xx$Collate <- paste(c(wrds[seq_len(k)], "....."), collapse = " ")
        }
    }
    write.dcf(as.data.frame.list(xx, optional = TRUE))
    cat("\n-- File:", attr(x, "file"), "\n")
    if (!is.null(attr(x, "fields"))) {
        cat("-- Fields read: ")
        cat(attr(x, "fields"), sep = ", ")
        cat("\n")
    }
    invisible(x)
}
#@ closure internal print.packageIQR
function (x, ...) 
{
    db <- x$results
    out <- if (nrow(db) > 0L) 
        lapply(split(seq_len(nrow(db)), db[, "Package"]), function(ind) db[ind, c("Item", "Title"), drop = FALSE])
    outFile <- tempfile("RpackageIQR")
    outConn <- file(outFile, open = "w")
    first <- TRUE
    for (pkg in names(out)) {
        writeLines(paste0(ifelse(first, "", "\n"), x$title, " in package ", sQuote(pkg), ":\n"), outConn)
        writeLines(formatDL(out[[pkg]][, "Item"], out[[pkg]][, "Title"]), outConn)
        first <- FALSE
    }
    if (first) {
        close(outConn)
        unlink(outFile)
        writeLines(paste("no", tolower(x$title), "found"))
        if (!is.null(x$footer)) 
            writeLines(c("", x$footer))
    }
    else {
        if (!is.null(x$footer)) 
            writeLines(c("\n", x$footer), outConn)
        close(outConn)
        file.show(outFile, delete.file = TRUE, title = paste("R", tolower(x$title)))
    }
    invisible(x)
}
#@ closure internal print.packageStatus
function (x, ...) 
{
    cat("Number of installed packages:\n")
    print(table(x$inst$LibPath, x$inst$Status), ...)
    cat("\nNumber of available packages (each package counted only once):\n")
    print(table(x$avail$Repository, x$avail$Status), ...)
    invisible(x)
}
#@ closure internal print.person
function (x, ...) 
{
    if (length(x)) 
        print(format(x, ...))
    invisible(x)
}
#@ closure internal print.roman
function (x, ...) 
{
    print(noquote(as.character.roman(x)), ...)
    invisible(x)
}
#@ closure internal print.sessionInfo
function (x, locale = TRUE, RNG = !identical(x$RNGkind, .RNGdefaults), ...) 
{
    mkLabel <- function(L, n) {
        vers <- sapply(L[[n]], function(x) x[["Version"]])
        pkg <- sapply(L[[n]], function(x) x[["Package"]])
        paste(pkg, vers, sep = "_")
    }
    cat(x$R.version$version.string, "\n", sep = "")
    cat("Platform: ", x$platform, "\n", sep = "")
    if (!is.null(x$running)) 
        cat("Running under: ", x$running, "\n", sep = "")
    cat("\n")
    cat("Matrix products: ", x$matprod, "\n", sep = "")
    blas <- x$BLAS
    if (is.null(blas)) 
        blas <- ""
    lapack <- x$LAPACK
    if (is.null(lapack)) 
        lapack <- ""
    if (blas == lapack && nzchar(blas)) 
        cat("BLAS/LAPACK: ", blas, "\n", sep = "")
    else {
        if (nzchar(blas)) 
            cat("BLAS:   ", blas, "\n", sep = "")
        if (nzchar(lapack)) 
            cat("LAPACK: ", lapack, "\n", sep = "")
    }
    cat("\n")
    if (RNG) {
        cat("Random number generation:\n", "RNG:    ", x$RNGkind[1], "\n", "Normal: ", x$RNGkind[2], "\n", "Sample: ", x$RNGkind[3], "\n", "\n")
    }
    if (locale) {
        cat("locale:\n")
        print(strsplit(x$locale, ";", fixed = TRUE)[[1]], quote = FALSE, ...)
        if (!is.null(x$system.codepage) && !is.null(x$codepage) && x$system.codepage != x$codepage) 
            cat("system code page: ", x$system.codepage, "\n", sep = "")
        cat("\n")
    }
    cat("attached base packages:\n")
    print(x$basePkgs, quote = FALSE, ...)
    if (!is.null(x$otherPkgs)) {
        cat("\nother attached packages:\n")
        print(mkLabel(x, "otherPkgs"), quote = FALSE, ...)
    }
    if (!is.null(x$loadedOnly)) {
        cat("\nloaded via a namespace (and not attached):\n")
        print(mkLabel(x, "loadedOnly"), quote = FALSE, ...)
    }
    invisible(x)
}
#@ closure internal print.socket
function (x, ...) 
{
    if (length(as.integer(x$socket)) != 1L) 
        stop("invalid 'socket' argument")
    cat("Socket connection #", x$socket, "to", x$host, "on port", x$port, "\n")
    invisible(x)
}
#@ closure internal print.summary.packageStatus
function (x, ...) 
{
    cat("\nInstalled packages:\n")
    cat("-------------------\n")
    for (k in seq_along(x$Libs)) {
        cat("\n*** Library ", names(x$Libs)[k], "\n", sep = "")
        print(x$Libs[[k]], ...)
    }
    cat("\n\nAvailable packages:\n")
    cat("-------------------\n")
    cat("(each package appears only once)\n")
    for (k in seq_along(x$Repos)) {
        cat("\n*** Repository ", names(x$Repos)[k], "\n", sep = "")
        print(x$Repos[[k]], ...)
    }
    invisible(x)
}
#@ closure internal print.vignette
function (x, ...) 
{
    if (nzchar(out <- x$PDF)) {
        ext <- tools::file_ext(out)
        port <- if (tolower(ext) == "html") 
            tools::startDynamicHelp(NA)
        else 0L
        out <- if (port > 0L) 
            sprintf("http://127.0.0.1:%d/library/%s/doc/%s", port, basename(x$Dir), out)
        else file.path(x$Dir, "doc", out)
        if (tolower(ext) == "pdf") {
            pdfviewer <- getOption("pdfviewer")
            if (identical(pdfviewer, "false")) {
            }
            else if (.Platform$OS.type == "windows" && identical(pdfviewer, file.path(R.home("bin"), "open.exe"))) 
                shell.exec(out)
            else system2(pdfviewer, shQuote(out), wait = FALSE)
        }
        else browseURL(out)
    }
    else {
        warning(gettextf("vignette %s has no PDF/HTML", sQuote(x$Topic)), call. = FALSE, domain = NA)
    }
    invisible(x)
}
#@ closure internal printhsearchInternal
function (x, ...) 
{
    help_type <- getOption("help_type", default = "text")
    types <- x$types
    if (help_type == "html") {
        browser <- getOption("browser")
        port <- tools::startDynamicHelp(NA)
        if (port > 0L) {
            tools:::.httpd_objects(port, x)
            url <- sprintf("http://127.0.0.1:%d/doc/html/Search?objects=1&port=%d", port, port)
            browseURL(url, browser)
            return(invisible(x))
        }
    }
    hfields <- paste(x$fields, collapse = " or ")
    vfieldnames <- c(alias = "name", concept = "keyword", keyword = NA, name = "name", title = "title")
    vfieldnames <- vfieldnames[x$fields]
    vfields <- paste(unique(vfieldnames[!is.na(vfieldnames)]), collapse = " or ")
    dfieldnames <- c(alias = "name", concept = NA, keyword = NA, name = "name", title = "title")
    dfieldnames <- dfieldnames[x$fields]
    dfields <- paste(unique(dfieldnames[!is.na(dfieldnames)]), collapse = " or ")
    fields_used <- list(help = hfields, vignette = vfields, demo = dfields)
    matchtype <- switch(x$type, fuzzy = "fuzzy", "regular expression")
    typenames <- c(vignette = "Vignettes", help = "Help files", demo = "Demos")
    fields_for_match_details <- list(help = c("alias", "concept", "keyword"), vignette = c("concept"), demo = character())
    field_names_for_details <- c(alias = "Aliases", concept = "Concepts", keyword = "Keywords")
    db <- x$matches
    if (NROW(db) == 0) {
        typenames <- paste(tolower(typenames[types]), collapse = " or ")
        writeLines(strwrap(paste("No", typenames, "found with", fields_used$help, "matching", sQuote(x$pattern), "using", matchtype, "matching.")))
        return(invisible(x))
    }
    outFile <- tempfile()
    outConn <- file(outFile, open = "w")
    typeinstruct <- c(vignette = paste("Type 'vignette(\"FOO\", package=\"PKG\")' to", "inspect entries 'PKG::FOO'."), help = paste("Type '?PKG::FOO' to", "inspect entries 'PKG::FOO',", "or 'TYPE?PKG::FOO' for entries like", "'PKG::FOO-TYPE'."), demo = paste("Type 'demo(PKG::FOO)' to", "run demonstration 'PKG::FOO'."))
    for (type in types) {
        if (NROW(dbtemp <- db[db[, "Type"] == type, , drop = FALSE]) > 0) {
            writeLines(c(strwrap(paste(typenames[type], "with", fields_used[[type]], "matching", sQuote(x$pattern), "using", matchtype, "matching:")), "\n"), outConn)
            fields <- fields_for_match_details[[type]]
            chunks <- split.data.frame(dbtemp, paste0(dbtemp[, "Package"], "::", dbtemp[, "Topic"]))
            nms <- names(chunks)
            for (i in seq_along(nms)) {
                chunk <- chunks[[i]]
                writeLines(formatDL(nms[i], chunk[1L, "Title"]), outConn)
                matches <- Filter(length, split(chunk[, "Entry"], chunk[, "Field"])[fields])
                if (length(matches)) {
                  tags <- field_names_for_details[names(matches)]
                  vals <- vapply(matches, paste, "", collapse = ", ")
                  writeLines(strwrap(paste0(tags, ": ", vals), indent = 2L, exdent = 4L), outConn)
                }
            }
            writeLines(c("\n", strwrap(typeinstruct[type]), "\n\n"), outConn)
        }
    }
    close(outConn)
    file.show(outFile, delete.file = TRUE)
    invisible(x)
}
#@ closure exported process.events
function () 
invisible(.Call(C_processevents))
#@ closure exported prompt
function (object, filename = NULL, name = NULL, ...) 
UseMethod("prompt")
#@ closure internal prompt.data.frame
function (object, filename = NULL, name = NULL, ...) 
{
    if (missing(name)) 
        name <- if (is.character(object)) 
            object
        else {
            name <- substitute(object)
            if (is.name(name)) 
                as.character(name)
            else stop("cannot determine a usable name")
        }
    if (is.null(filename)) 
        filename <- paste0(name, ".Rd")
    x <- if (!missing(object)) 
        object
    else {
        x <- get(name, envir = parent.frame())
    }
    promptData(x, filename = filename, name = name)
}
#@ closure internal prompt.default
function (object, filename = NULL, name = NULL, force.function = FALSE, ...) 
{
    is.missing.arg <- function(arg) typeof(arg) == "symbol" && deparse(arg) == ""
    if (missing(name)) 
        name <- if (is.character(object)) 
            object
        else {
            name <- substitute(object)
            if (is.name(name)) 
                as.character(name)
            else if (is.call(name) && (as.character(name[[1L]]) %in% c("::", ":::", "getAnywhere"))) {
                name <- as.character(name)
                name[length(name)]
            }
            else stop("cannot determine a usable name")
        }
    if (is.null(filename)) 
        filename <- paste0(name, ".Rd")
    x <- if (!missing(object)) 
        object
    else {
        x <- get(name, envir = parent.frame())
    }
    if (!(is.function(x) || force.function)) 
        return(promptData(x, filename = filename, name = name))
    n <- length(argls <- formals(x))
    if (n) {
        arg.names <- arg.n <- names(argls)
        arg.n[arg.n == "..."] <- "\\dots"
    }
    Call <- paste0(name, "(")
    for (i in seq_len(n)) {
        Call <- paste0(Call, arg.names[i], if (!is.missing.arg(argls[[i]])) 
            paste0(" = ", deparse1(argls[[i]], "\n", backtick = TRUE)))
        if (i != n) 
            Call <- paste0(Call, ", ")
    }
    x.def <- deparse(x)
    if (any(br <- startsWith(x.def, "}"))) 
        x.def[br] <- paste0("  ", x.def[br])
    x.def <- gsub("%", "\\%", x.def, fixed = TRUE)
    Call <- gsub("%", "\\%", Call, fixed = TRUE)
    Rdtxt <- list(name = paste0("\\name{", name, "}"), aliases = c(paste0("\\alias{", name, "}"), paste("%- Also NEED an '\\alias' for EACH other topic", "documented here.")), title = "\\title{\n%%  ~~function to do ... ~~\n}", description = c("\\description{", paste("%%  ~~ A concise (1-5 lines) description of what", "the function does. ~~"), "}"), usage = c("\\usage{", paste0(Call, ")"), "}", paste("%- maybe also 'usage' for other objects", "documented here.")), arguments = NULL, details = c("\\details{", 
        paste("%%  ~~ If necessary, more details than the", "description above ~~"), "}"), value = c("\\value{", "%%  ~Describe the value returned", "%%  If it is a LIST, use", "%%  \\item{comp1 }{Description of 'comp1'}", "%%  \\item{comp2 }{Description of 'comp2'}", "%% ...", "}"), references = paste("\\references{\n%% ~put references to the", "literature/web site here ~\n}"), author = "\\author{\n%%  ~~who you are~~\n}", note = c("\\note{\n%%  ~~further notes~~\n}", "", paste("%% ~Make other sections like Warning with", 
        "\\section{Warning }{....} ~"), ""), seealso = paste("\\seealso{\n%% ~~objects to See Also as", "\\code{\\link{help}}, ~~~\n}"), examples = c("\\examples{", "##---- Should be DIRECTLY executable !! ----", "##-- ==>  Define data, use random,", "##--\tor do  help(data=index)  for the standard data sets.", "", "## The function is currently defined as", x.def, "}"), keywords = c("% Add one or more standard keywords, see file 'KEYWORDS' in the", "% R documentation directory (show via RShowDoc(\"KEYWORDS\")):", 
        "% \\keyword{ ~kwd1 }", "% \\keyword{ ~kwd2 }", "% Use only one keyword per line.", "% For non-standard keywords, use \\concept instead of \\keyword:", "% \\concept{ ~cpt1 }", "% \\concept{ ~cpt2 }", "% Use only one concept per line."))
    Rdtxt$arguments <- if (n) 
        c("\\arguments{", paste0("  \\item{", arg.n, "}{", "\n%%     ~~Describe \\code{", arg.n, "} here~~\n}"), "}")
    if (is.na(filename)) 
        return(Rdtxt)
    cat(unlist(Rdtxt), file = filename, sep = "\n")
    message(gettextf("Created file named %s.", sQuote(filename)), "\n", gettext("Edit the file and move it to the appropriate directory."), domain = NA)
    invisible(filename)
}
#@ closure exported promptData
function (object, filename = NULL, name = NULL) 
{
    if (missing(name)) 
        name <- if (is.character(object)) 
            object
        else {
            name <- substitute(object)
            if (is.name(name)) 
                as.character(name)
            else stop("cannot determine a usable name")
        }
    if (is.null(filename)) 
        filename <- paste0(name, ".Rd")
    x <- if (!missing(object)) 
        object
    else {
        x <- get(name, envir = parent.frame())
    }
    if (is.data.frame(x)) {
        make_item_tag <- function(s) {
            if (grepl("^([[:alpha:]]|[.][[:alpha:]._])[[:alnum:]._]*$", s)) {
                paste0("\\code{", s, "}")
            }
            else {
                paste0("\\samp{", gsub("([%{}])", "\\\\\\1", s), "}")
            }
        }
        fmt <- c("\\format{", paste("  A data frame with", nrow(x), "observations on the following", ifelse(ncol(x) == 1, "variable.", paste(ncol(x), "variables."))), "  \\describe{")
        for (i in names(x)) {
            xi <- x[[i]]
            fmt <- c(fmt, paste0("    \\item{", make_item_tag(i), "}{", if (inherits(xi, "ordered")) {
                paste("an", data.class(xi), "factor with levels", paste0("\\code{", levels(xi), "}", collapse = " < "), collapse = " ")
            } else if (inherits(xi, "factor")) {
                paste("a factor with levels", paste0("\\code{", levels(xi), "}", collapse = " "), collapse = " ")
            } else if (is.vector(xi)) {
                paste("a", data.class(xi), "vector")
            } else if (is.matrix(xi)) {
                paste("a matrix with", ncol(xi), "columns")
            } else {
                paste("a", data.class(xi))
            }, "}"))
        }
        fmt <- c(fmt, "  }", "}")
    }
    else {
        tf <- tempfile()
        on.exit(unlink(tf))
        sink(tf)
        str(object)
        sink()
        fmt <- c("\\format{", "  The format is:", scan(tf, "", quiet = !getOption("verbose"), sep = "\n"), "}")
    }
    Rdtxt <- list(name = paste0("\\name{", name, "}"), aliases = paste0("\\alias{", name, "}"), docType = "\\docType{data}", title = "\\title{\n%%   ~~ data name/kind ... ~~\n}", description = c("\\description{", "%%  ~~ A concise (1-5 lines) description of the dataset. ~~", "}"), usage = paste0("\\usage{data(\"", name, "\")}"), format = fmt, details = c("\\details{", paste("%%  ~~ If necessary, more details than the", "__description__ above ~~"), "}"), source = c("\\source{", paste("%%  ~~ reference to a publication or URL", 
        "from which the data were obtained ~~"), "}"), references = c("\\references{", "%%  ~~ possibly secondary sources and usages ~~", "}"), examples = c("\\examples{", paste0("data(", name, ")"), paste0("## maybe str(", name, ") ; plot(", name, ") ..."), "}"), keywords = "\\keyword{datasets}")
    if (is.na(filename)) 
        return(Rdtxt)
    cat(unlist(Rdtxt), file = filename, sep = "\n")
    message(gettextf("Created file named %s.", sQuote(filename)), "\n", gettext("Edit the file and move it to the appropriate directory."), domain = NA)
    invisible(filename)
}
#@ closure exported promptImport
function (object, filename = NULL, name = NULL, importedFrom = NULL, importPage = name, ...) 
{
    if (missing(name)) 
        name <- if (is.character(object)) 
            object
        else {
            name <- substitute(object)
            if (is.name(name)) 
                as.character(name)
            else if (is.language(name) && length(name) == 3 && identical(name[[1]], as.name("::"))) 
                as.character(name[[3]])
            else stop("cannot determine a usable name")
        }
    if (is.null(filename)) 
        filename <- paste0(name, ".Rd")
    x <- if (!missing(object)) 
        object
    else {
        x <- get(name, envir = parent.frame())
    }
    if (is.null(importedFrom)) {
        if (is.function(x)) 
            importedFrom <- getNamespaceName(environment(x))
        else stop("cannot determine import name")
    }
    Rdtxt <- list(name = paste0("\\name{", name, "}"), aliases = paste0("\\alias{", name, "}"), docType = "\\docType{import}", title = paste0("\\title{Import from package \\pkg{", importedFrom, "}}"), description = c("\\description{", paste0("The \\code{", name, "} object is imported from package \\pkg{", importedFrom, "}."), paste0("Help is available here:  \\code{\\link[", importedFrom, ":", importPage, "]{", importedFrom, "::", importPage, "}}."), "}"))
    if (is.na(filename)) 
        return(Rdtxt)
    cat(unlist(Rdtxt), file = filename, sep = "\n")
    message(gettextf("Created file named %s.", sQuote(filename)), "\n", gettext("Edit the file and move it to the appropriate directory."), domain = NA)
}
#@ closure exported promptPackage
function (package, lib.loc = NULL, filename = NULL, name = NULL, final = FALSE) 
{
    insert1 <- function(field, new) {
        prev <- Rdtxt[[field]]
        Rdtxt[[field]] <<- c(prev[-length(prev)], new, prev[length(prev)])
    }
    insert2 <- function(field, new) insert1(field, paste("~~", new, "~~"))
    if (missing(name)) 
        name <- paste0(package, "-package")
    if (is.null(filename)) 
        filename <- paste0(name, ".Rd")
    Rdtxt <- list(name = paste0("\\name{", name, "}"), aliases = c(paste0("\\alias{", name, "}"), c(paste0("\\alias{", package, "}"))), docType = "\\docType{package}", title = c("\\title{", "}"), description = c("\\description{", "}"), details = c("\\details{", "}"), author = c("\\author{", "}"), references = character(0L), keywords = c("\\keyword{ package }"))
    insert1("title", paste0("\\packageTitle{", package, "}"))
    insert1("description", paste0("\\packageDescription{", package, "}"))
    insert1("author", c(paste0("\\packageAuthor{", package, "}"), "", paste("Maintainer:", paste0("\\packageMaintainer{", package, "}"))))
    insert1("details", c("", "The DESCRIPTION file:"))
    insert1("details", paste0("\\packageDESCRIPTION{", package, "}"))
    insert1("details", paste0("\\packageIndices{", package, "}"))
    if (!final) {
        insert2("details", strwrap("An overview of how to use the package, including the most important functions"))
        Rdtxt$references <- c("\\references{", paste("~~", "Literature or other references for background information", "~~"), "}")
        Rdtxt$seealso <- c("\\seealso{", "}")
        insert2("seealso", c("Optional links to other man pages, e.g.", "\\code{\\link[<pkg>:<pkg>-package]{<pkg>}}"))
        Rdtxt$examples <- c("\\examples{", "}")
        insert2("examples", "simple examples of the most important functions")
        insert2("keywords", strwrap("Optionally other standard keywords, one per line, from file KEYWORDS in the R documentation directory"))
    }
    if (is.na(filename)) 
        return(Rdtxt)
    cat(unlist(Rdtxt), file = filename, sep = "\n")
    message(gettextf("Created file named %s.", sQuote(filename)), "\n", gettext("Edit the file and move it to the appropriate directory."), domain = NA)
    invisible(filename)
}
#@ closure exported rc.getOption
function (name) 
{
    get("options", envir = .CompletionEnv)[[name]]
}
#@ closure exported rc.options
function (...) 
{
    new <- list(...)
    if (is.null(names(new)) && length(new) == 1L && is.list(new[[1L]])) 
        new <- new[[1L]]
    old <- .CompletionEnv$options
    if (length(new) == 0L) 
        return(old)
    nm <- names(new)
    if (is.null(nm)) 
        return(old[unlist(new)])
    isNamed <- nzchar(nm)
    if (any(!isNamed)) 
        nm[!isNamed] <- unlist(new[!isNamed])
    retVal <- old[nm]
    names(retVal) <- nm
    nm <- nm[isNamed]
    .CompletionEnv$options <- modifyList(old, new[nm])
    invisible(retVal)
}
#@ closure exported rc.settings
function (ops, ns, args, dots, func, ipck, S3, data, help, argdb, fuzzy, quotes, files) 
{
    if (length(match.call()) == 1) 
        return(unlist(.CompletionEnv[["settings"]]))
    checkAndChange <- function(what, value) {
        if ((length(value) == 1L) && is.logical(value) && !is.na(value)) 
            .CompletionEnv$settings[[what]] <- value
    }
    if (!missing(ops)) 
        checkAndChange("ops", ops)
    if (!missing(ns)) 
        checkAndChange("ns", ns)
    if (!missing(args)) 
        checkAndChange("args", args)
    if (!missing(dots)) 
        checkAndChange("dots", dots)
    if (!missing(func)) 
        checkAndChange("func", func)
    if (!missing(ipck)) 
        checkAndChange("ipck", ipck)
    if (!missing(S3)) 
        checkAndChange("S3", S3)
    if (!missing(data)) 
        checkAndChange("data", data)
    if (!missing(help)) 
        checkAndChange("help", help)
    if (!missing(argdb)) 
        checkAndChange("argdb", argdb)
    if (!missing(files)) 
        checkAndChange("files", files)
    if (!missing(quotes)) 
        checkAndChange("quotes", quotes)
    if (!missing(fuzzy)) 
        checkAndChange("fuzzy", fuzzy)
    invisible()
}
#@ closure exported rc.status
function () 
{
    as.list(.CompletionEnv)
}
#@ closure exported read.csv
function (file, header = TRUE, sep = ",", quote = "\"", dec = ".", fill = TRUE, comment.char = "", ...) 
read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill, comment.char = comment.char, ...)
#@ closure exported read.csv2
function (file, header = TRUE, sep = ";", quote = "\"", dec = ",", fill = TRUE, comment.char = "", ...) 
read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill, comment.char = comment.char, ...)
#@ closure exported read.delim
function (file, header = TRUE, sep = "\t", quote = "\"", dec = ".", fill = TRUE, comment.char = "", ...) 
read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill, comment.char = comment.char, ...)
#@ closure exported read.delim2
function (file, header = TRUE, sep = "\t", quote = "\"", dec = ",", fill = TRUE, comment.char = "", ...) 
read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill, comment.char = comment.char, ...)
#@ closure exported read.DIF
function (file, header = FALSE, dec = ".", numerals = c("allow.loss", "warn.loss", "no.loss"), row.names, col.names, as.is = !stringsAsFactors, na.strings = "NA", colClasses = NA, nrows = -1, skip = 0, check.names = TRUE, blank.lines.skip = TRUE, stringsAsFactors = FALSE, transpose = FALSE, fileEncoding = "") 
{
    if (.Platform$OS.type == "windows" && identical(file, "clipboard")) {
        if (!(5 %in% getClipboardFormats(numeric = TRUE))) 
            stop("No DIF data on clipboard")
        lines <- readClipboard(5)
    }
    else if (nzchar(fileEncoding)) {
        con <- file(file, "rt", encoding = fileEncoding)
        lines <- readLines(con)
        close(con)
    }
    else {
        lines <- readLines(file)
    }
    if (length(lines) < 1L) 
        stop("file had no lines")
    topic <- ""
    nrow <- NA
    ncol <- NA
    i <- 1L
    while (topic != "DATA") {
        topic <- lines[i]
        vnum <- lines[i + 1]
        num <- as.numeric(sub("^.*,", "", vnum))
        i <- i + 3L
        if (topic == "VECTORS") 
            if (transpose) 
                nrow <- num
            else ncol <- num
        else if (topic == "TUPLES") 
            if (transpose) 
                ncol <- num
            else nrow <- num
    }
    if (is.na(nrow) || is.na(ncol)) 
        stop("row and column counts not found")
    data <- matrix("", nrow, ncol)
    types <- matrix(NA_character_, nrow, ncol)
    row <- 0L
    while (i < length(lines)) {
        typenum <- lines[i]
        type <- as.numeric(sub(",.*$", "", typenum))
        num <- as.numeric(sub("^.*,", "", typenum))
        stringval <- lines[i + 1]
        i <- i + 2L
        if (type == -1L) {
            if (stringval == "BOT") {
                row <- row + 1L
                if (row > nrow) 
                  stop("More rows than specified in header; maybe use 'transpose=TRUE'")
                col <- 0L
            }
            else if (stringval == "EOD") 
                break
            else stop("Unrecognized special data value")
        }
        else {
            col <- col + 1L
            if (col > ncol) 
                stop("More columns than specified in header; maybe use 'transpose=TRUE'")
            if (type == 0L) {
                types[row, col] <- "numeric"
                if (stringval == "V") 
                  data[row, col] <- num
                else if (stringval == "NA") 
                  data[row, col] <- NA
                else if (stringval == "ERROR") 
                  data[row, col] <- NA
                else if (stringval == "TRUE") {
                  data[row, col] <- "TRUE"
                  types[row, col] <- "logical"
                }
                else if (stringval == "FALSE") {
                  data[row, col] <- "FALSE"
                  types[row, col] <- "logical"
                }
                else stop("Unrecognized value indicator")
            }
            else if (type == 1L) {
                types[row, col] <- "character"
                stringval <- sub("^\"", "", stringval)
                stringval <- sub("\"$", "", stringval)
                data[row, col] <- stringval
            }
        }
    }
    if (skip > 0L) 
        data <- data[-(1L:skip), , drop = FALSE]
    nlines <- nrow(data)
    if (!nlines) {
        if (missing(col.names)) 
            stop("no lines available in input")
        else {
            tmp <- vector("list", length(col.names))
            names(tmp) <- col.names
            class(tmp) <- "data.frame"
            return(tmp)
        }
    }
    first <- data[1L, ]
    if (first[1L] == "") 
        first <- first[-1L]
    cols <- ncol
    rlabp <- all(types[1L, ][-1L] == "character") && data[1L, 1L] == ""
    if (rlabp && missing(header)) 
        header <- TRUE
    if (!header) 
        rlabp <- FALSE
    if (header) {
        data <- data[-1L, , drop = FALSE]
        types <- types[-1L, , drop = FALSE]
        if (missing(col.names)) 
            col.names <- first
        else if (length(first) != length(col.names)) 
            warning("header and 'col.names' are of different lengths")
    }
    else if (missing(col.names)) 
        col.names <- paste0("V", 1L:cols)
    if (length(col.names) + rlabp < cols) 
        stop("more columns than column names")
    if (cols > 0L && length(col.names) > cols) 
        stop("more column names than columns")
    if (cols == 0L) 
        stop("rows are empty: giving up")
    if (check.names) 
        col.names <- make.names(col.names, unique = TRUE)
    if (rlabp) 
        col.names <- c("row.names", col.names)
    nmColClasses <- names(colClasses)
    if (length(colClasses) < cols) 
        if (is.null(nmColClasses)) {
            colClasses <- rep_len(colClasses, cols)
        }
        else {
            tmp <- rep_len(NA_character_, cols)
            names(tmp) <- col.names
            i <- match(nmColClasses, col.names, 0L)
            if (any(i <= 0L)) 
                warning("not all columns named in 'colClasses' exist")
            tmp[i[i > 0L]] <- colClasses
            colClasses <- tmp
        }
    colClasses[colClasses %in% c("real", "double")] <- "numeric"
    known <- colClasses %in% c("logical", "integer", "numeric", "complex", "character")
    keep <- !(colClasses %in% "NULL")
    if (blank.lines.skip) 
        data <- data[apply(data, 1L, function(x) !all(x == "")), , drop = FALSE]
    if (nrows > -1 && nrows < nrow(data)) 
        data <- data[seq_len(nrows), , drop = FALSE]
    nlines <- nrow(data)
    data[data %in% na.strings] <- NA
    data <- as.data.frame(data, stringsAsFactors = FALSE)
    names(data) <- col.names
    if (cols != length(data)) {
        warning("cols = ", cols, " != length(data) = ", length(data), domain = NA)
        cols <- length(data)
    }
    if (is.logical(as.is)) {
        as.is <- rep_len(as.is, cols)
    }
    else if (is.numeric(as.is)) {
        if (any(as.is < 1 | as.is > cols)) 
            stop("invalid numeric 'as.is' expression")
        i <- rep.int(FALSE, cols)
        i[as.is] <- TRUE
        as.is <- i
    }
    else if (is.character(as.is)) {
        i <- match(as.is, col.names, 0L)
        if (any(i <= 0L)) 
            warning("not all columns named in 'as.is' exist")
        i <- i[i > 0L]
        as.is <- rep.int(FALSE, cols)
        as.is[i] <- TRUE
    }
    else if (length(as.is) != cols) 
        stop(gettextf("'as.is' has the wrong length %d  != cols = %d", length(as.is), cols), domain = NA)
    do <- keep & !known
    if (rlabp) 
        do[1L] <- FALSE
    for (i in (1L:cols)[do]) {
        data[[i]] <- if (is.na(colClasses[i])) {
            if (any(types[, i] == "character")) {
                if (stringsAsFactors && !as.is[i]) 
                  as.factor(data[[i]])
                else data[[i]]
            }
            else type.convert(data[[i]], as.is = as.is[i], dec = dec, na.strings = character(0L), numerals = numerals)
        }
        else if (colClasses[i] == "factor") 
            as.factor(data[[i]])
        else if (colClasses[i] == "Date") 
            as.Date(data[[i]])
        else if (colClasses[i] == "POSIXct") 
            as.POSIXct(data[[i]])
        else methods::as(data[[i]], colClasses[i])
    }
    compactRN <- TRUE
    if (missing(row.names)) {
        if (rlabp) {
            row.names <- data[[1L]]
            data <- data[-1L]
            keep <- keep[-1L]
            compactRN <- FALSE
        }
        else row.names <- .set_row_names(as.integer(nlines))
    }
    else if (is.null(row.names)) {
        row.names <- .set_row_names(as.integer(nlines))
    }
    else if (is.character(row.names)) {
        compactRN <- FALSE
        if (length(row.names) == 1L) {
            rowvar <- (1L:cols)[match(col.names, row.names, 0L) == 1L]
            row.names <- data[[rowvar]]
            data <- data[-rowvar]
            keep <- keep[-rowvar]
        }
    }
    else if (is.numeric(row.names) && length(row.names) == 1L) {
        compactRN <- FALSE
        rlabp <- row.names
        row.names <- data[[rlabp]]
        data <- data[-rlabp]
        keep <- keep[-rlabp]
    }
    else stop("invalid 'row.names' specification")
    data <- data[keep]
    if (is.object(row.names) || !(is.integer(row.names))) 
        row.names <- as.character(row.names)
    if (!compactRN) {
        if (length(row.names) != nlines) 
            stop("invalid 'row.names' length")
        if (anyDuplicated(row.names)) 
            stop("duplicate 'row.names' are not allowed")
        if (anyNA(row.names)) 
            stop("missing values in 'row.names' are not allowed")
    }
    attr(data, "row.names") <- row.names
    data
}
#@ closure exported read.fortran
function (file, format, ..., as.is = TRUE, colClasses = NA) 
{
    processFormat <- function(format) {
        format <- toupper(format)
        template <- "^([0-9]*)([FXAI])([0-9]*)\\.?([0-9]*)"
        reps <- as.numeric(sub(template, "\\1", format))
        types <- sub(template, "\\2", format)
        lengths <- as.numeric(sub(template, "\\3", format))
        decimals <- as.numeric(sub(template, "\\4", format))
        reps[is.na(reps)] <- 1L
        lengths[is.na(lengths) & types == "X"] <- 1L
        charskip <- types == "X"
        lengths[charskip] <- reps[charskip] * lengths[charskip]
        reps[charskip] <- 1
        if (anyNA(lengths)) 
            stop("missing lengths for some fields")
        lengths <- rep.int(lengths, reps)
        types <- rep.int(types, reps)
        decimals <- rep.int(decimals, reps)
        types <- match(types, c("F", "D", "X", "A", "I"))
        if (any(!is.na(decimals) & types > 2L)) 
            stop("invalid format")
        colClasses <- c("numeric", "numeric", NA, if (as.is) "character" else NA, "integer")[types]
        colClasses <- colClasses[!(types == 3L)]
        decimals <- decimals[!(types == 3L)]
        lengths[types == 3] <- -lengths[types == 3L]
        list(lengths, colClasses, decimals)
    }
    if (is.list(format)) {
        ff <- lapply(format, processFormat)
        widths <- lapply(ff, `[[`, 1L)
        if (is.na(colClasses)) 
            colClasses <- do.call(c, lapply(ff, `[[`, 2L))
        decimals <- do.call(c, lapply(ff, `[[`, 3L))
    }
    else {
        ff <- processFormat(format)
        widths <- ff[[1L]]
        if (is.na(colClasses)) 
            colClasses <- ff[[2L]]
        decimals <- ff[[3L]]
    }
    rval <- read.fwf(file, widths = widths, ..., colClasses = colClasses)
    for (i in which(!is.na(decimals))) rval[, i] <- rval[, i] * (10^-decimals[i])
    rval
}
#@ closure exported read.fwf
function (file, widths, header = FALSE, sep = "\t", skip = 0L, row.names, col.names, n = -1L, buffersize = 2000, fileEncoding = "", ...) 
{
    doone <- function(x) {
        x <- substring(x, first, last)
        x[!nzchar(x)] <- NA_character_
        x
    }
    if (is.list(widths)) {
        recordlength <- length(widths)
        widths <- do.call(c, widths)
    }
    else recordlength <- 1L
    drop <- (widths < 0L)
    cwidths <- cumsum(abs(widths))
    st <- c(1L, 1L + cwidths)
    first <- st[-length(st)][!drop]
    last <- cwidths[!drop]
    outsep <- c(rep_len(sep, length(first) - 1L), "\n")
    buffersize <- (buffersize%/%recordlength) * recordlength
    FILENAME <- tempfile("Rfwf.")
    on.exit(unlink(FILENAME))
    FILE <- file(FILENAME, "a")
    on.exit(close(FILE), add = TRUE)
    if (is.character(file)) {
        file <- if (nzchar(fileEncoding)) 
            file(file, "rt", encoding = fileEncoding)
        else file(file, "rt")
        on.exit(close(file), add = TRUE)
    }
    else if (!isOpen(file)) {
        open(file, "rt")
        on.exit(close(file), add = TRUE)
    }
    if (skip) 
        readLines(file, n = skip)
    if (header) {
        headerline <- readLines(file, n = 1L)
        cat(file = FILE, headerline, "\n")
    }
    repeat ({
        if (n == 0L) 
            break
        thisblock <- if (n == -1L) 
            buffersize
        else min(buffersize, n * recordlength)
        raw <- readLines(file, n = thisblock)
        nread <- length(raw)
        if (recordlength > 1L && nread%%recordlength) {
            raw <- raw[1L:(nread - nread%%recordlength)]
            warning(sprintf(ngettext(nread%%recordlength, "last record incomplete, %d line discarded", "last record incomplete, %d lines discarded"), nread%%recordlength), domain = NA)
        }
        if (recordlength > 1L) {
            raw <- matrix(raw, nrow = recordlength)
            raw <- apply(raw, 2L, paste, collapse = "")
        }
        cat(file = FILE, sapply(raw, doone, USE.NAMES = FALSE), sep = outsep)
        if (nread < thisblock) 
            break
        if (n > 0L) 
            n <- n - length(raw)
    })
    close(FILE)
    FILE <- file(FILENAME, "r")
    read.table(file = FILE, header = header, sep = sep, row.names = row.names, col.names = col.names, quote = "", ...)
}
#@ closure exported read.socket
function (socket, maxlen = 256L, loop = FALSE) 
{
    repeat {
        rval <- .Call(C_sockread, socket$socket, maxlen)
        if (nzchar(rval) || !loop) 
            break
    }
    rval
}
#@ closure exported read.table
function (file, header = FALSE, sep = "", quote = "\"'", dec = ".", numerals = c("allow.loss", "warn.loss", "no.loss"), row.names, col.names, as.is = !stringsAsFactors, na.strings = "NA", colClasses = NA, nrows = -1, skip = 0, check.names = TRUE, fill = !blank.lines.skip, strip.white = FALSE, blank.lines.skip = TRUE, comment.char = "#", allowEscapes = FALSE, flush = FALSE, stringsAsFactors = FALSE, fileEncoding = "", encoding = "unknown", text, skipNul = FALSE) 
{
    if (missing(file) && !missing(text)) {
        file <- textConnection(text, encoding = "UTF-8")
        encoding <- "UTF-8"
        on.exit(close(file))
    }
    if (is.character(file)) {
        file <- if (nzchar(fileEncoding)) 
            file(file, "rt", encoding = fileEncoding)
        else file(file, "rt")
        on.exit(close(file))
    }
    if (!inherits(file, "connection")) 
        stop("'file' must be a character string or connection")
    if (!isOpen(file, "rt")) {
        open(file, "rt")
        on.exit(close(file))
    }
    pbEncoding <- if (encoding %in% c("", "bytes", "UTF-8")) 
        encoding
    else "bytes"
    numerals <- match.arg(numerals)
    if (skip > 0L) 
        readLines(file, skip)
    nlines <- n0lines <- if (nrows < 0L) 
        5
    else min(5L, (header + nrows))
    lines <- .External(C_readtablehead, file, nlines, comment.char, blank.lines.skip, quote, sep, skipNul)
    if (encoding %in% c("UTF-8", "latin1")) 
        Encoding(lines) <- encoding
    nlines <- length(lines)
    if (!nlines) {
        if (missing(col.names)) 
            stop("no lines available in input")
        rlabp <- FALSE
        cols <- length(col.names)
    }
    else {
        if (all(!nzchar(lines))) 
            stop("empty beginning of file")
        if (nlines < n0lines && file == 0L) {
            pushBack(c(lines, lines, ""), file, encoding = pbEncoding)
            on.exit((clearPushBack(stdin())))
        }
        else pushBack(c(lines, lines), file, encoding = pbEncoding)
        first <- scan(file, what = "", sep = sep, quote = quote, nlines = 1, quiet = TRUE, skip = 0, strip.white = TRUE, blank.lines.skip = blank.lines.skip, na.strings = character(0), comment.char = comment.char, allowEscapes = allowEscapes, encoding = encoding, skipNul = skipNul)
        col1 <- if (missing(col.names)) 
            length(first)
        else length(col.names)
        col <- numeric(nlines - 1L)
        if (nlines > 1L) 
            for (i in seq_along(col)) col[i] <- length(scan(file, what = "", sep = sep, quote = quote, nlines = 1, quiet = TRUE, skip = 0, strip.white = strip.white, blank.lines.skip = blank.lines.skip, comment.char = comment.char, allowEscapes = allowEscapes, encoding = encoding, skipNul = skipNul))
        cols <- max(col1, col)
        rlabp <- (cols - col1) == 1L
        if (rlabp && missing(header)) 
            header <- TRUE
        if (!header) 
            rlabp <- FALSE
        if (header) {
            .External(C_readtablehead, file, 1L, comment.char, blank.lines.skip, quote, sep, skipNul)
            if (missing(col.names)) 
                col.names <- first
            else if (length(first) != length(col.names)) 
                warning("header and 'col.names' are of different lengths")
        }
        else if (missing(col.names)) 
            col.names <- paste0("V", 1L:cols)
        if (length(col.names) + rlabp < cols) 
            stop("more columns than column names")
        if (fill && length(col.names) > cols) 
            cols <- length(col.names)
        if (!fill && cols > 0L && length(col.names) > cols) 
            stop("more column names than columns")
        if (cols == 0L) 
            stop("first five rows are empty: giving up")
    }
    if (check.names) 
        col.names <- make.names(col.names, unique = TRUE)
    if (rlabp) 
        col.names <- c("row.names", col.names)
    nmColClasses <- names(colClasses)
    if (is.null(nmColClasses)) {
        if (length(colClasses) < cols) 
            colClasses <- rep_len(colClasses, cols)
    }
    else {
        tmp <- rep_len(NA_character_, cols)
        names(tmp) <- col.names
        i <- match(nmColClasses, col.names, 0L)
        if (any(i <= 0L)) 
            warning("not all columns named in 'colClasses' exist")
        tmp[i[i > 0L]] <- colClasses[i > 0L]
        colClasses <- tmp
    }
    what <- rep.int(list(""), cols)
    names(what) <- col.names
    colClasses[colClasses %in% c("real", "double")] <- "numeric"
    known <- colClasses %in% c("logical", "integer", "numeric", "complex", "character", "raw")
    what[known] <- lapply(colClasses[known], do.call, list(0))
    what[colClasses %in% "NULL"] <- list(NULL)
    keep <- !sapply(what, is.null)
    data <- scan(file = file, what = what, sep = sep, quote = quote, dec = dec, nmax = nrows, skip = 0, na.strings = na.strings, quiet = TRUE, fill = fill, strip.white = strip.white, blank.lines.skip = blank.lines.skip, multi.line = FALSE, comment.char = comment.char, allowEscapes = allowEscapes, flush = flush, encoding = encoding, skipNul = skipNul)
    nlines <- length(data[[which.max(keep)]])
    if (cols != length(data)) {
        warning("cols = ", cols, " != length(data) = ", length(data), domain = NA)
        cols <- length(data)
    }
    if (is.logical(as.is)) {
        as.is <- rep_len(as.is, cols)
    }
    else if (is.numeric(as.is)) {
        if (any(as.is < 1 | as.is > cols)) 
            stop("invalid numeric 'as.is' expression")
        i <- rep.int(FALSE, cols)
        i[as.is] <- TRUE
        as.is <- i
    }
    else if (is.character(as.is)) {
        i <- match(as.is, col.names, 0L)
        if (any(i <= 0L)) 
            warning("not all columns named in 'as.is' exist")
        i <- i[i > 0L]
        as.is <- rep.int(FALSE, cols)
        as.is[i] <- TRUE
    }
    else if (length(as.is) != cols) 
        stop(gettextf("'as.is' has the wrong length %d  != cols = %d", length(as.is), cols), domain = NA)
    do <- keep & !known
    if (rlabp) 
        do[1L] <- FALSE
    for (i in (1L:cols)[do]) {
        data[[i]] <- if (is.na(colClasses[i])) 
            type.convert(data[[i]], as.is = as.is[i], dec = dec, numerals = numerals, na.strings = character(0L))
        else if (colClasses[i] == "factor") 
            as.factor(data[[i]])
        else if (colClasses[i] == "Date") 
            as.Date(data[[i]])
        else if (colClasses[i] == "POSIXct") 
            as.POSIXct(data[[i]])
        else methods::as(data[[i]], colClasses[i])
    }
    compactRN <- TRUE
    if (missing(row.names)) {
        if (rlabp) {
            row.names <- data[[1L]]
            data <- data[-1L]
            keep <- keep[-1L]
            compactRN <- FALSE
        }
        else row.names <- .set_row_names(as.integer(nlines))
    }
    else if (is.null(row.names)) {
        row.names <- .set_row_names(as.integer(nlines))
    }
    else if (is.character(row.names)) {
        compactRN <- FALSE
        if (length(row.names) == 1L) {
            rowvar <- (1L:cols)[match(col.names, row.names, 0L) == 1L]
            row.names <- data[[rowvar]]
            data <- data[-rowvar]
            keep <- keep[-rowvar]
        }
    }
    else if (is.numeric(row.names) && length(row.names) == 1L) {
        compactRN <- FALSE
        rlabp <- row.names
        row.names <- data[[rlabp]]
        data <- data[-rlabp]
        keep <- keep[-rlabp]
    }
    else stop("invalid 'row.names' specification")
    data <- data[keep]
    if (is.object(row.names) || !(is.integer(row.names))) 
        row.names <- as.character(row.names)
    if (!compactRN) {
        if (length(row.names) != nlines) 
            stop("invalid 'row.names' length")
        if (anyDuplicated(row.names)) 
            stop("duplicate 'row.names' are not allowed")
        if (anyNA(row.names)) 
            stop("missing values in 'row.names' are not allowed")
    }
    class(data) <- "data.frame"
    attr(data, "row.names") <- row.names
    data
}
#@ closure exported readCitationFile
function (file, meta = NULL) 
{
    meta <- as.list(meta)
    exprs <- tools:::.parse_CITATION_file(file, meta$Encoding)
    rval <- list()
    mheader <- NULL
    mfooter <- NULL
    envir <- new.env(hash = TRUE)
    assign("meta", meta, envir = envir)
    for (expr in exprs) {
        x <- eval(expr, envir = envir)
        if (inherits(x, "bibentry")) 
            rval <- c(rval, list(x))
        else if (identical(class(x), "citationHeader")) 
            mheader <- c(mheader, x)
        else if (identical(class(x), "citationFooter")) 
            mfooter <- c(mfooter, x)
    }
    rlen <- length(rval)
    if (rlen == 1L) 
        rval <- rval[[1L]]
    else if (rlen > 1L) 
        rval <- do.call(c, rval)
    if (!.is_not_nonempty_text(mheader)) 
        attr(rval, "mheader") <- paste(mheader, collapse = "\n")
    if (!.is_not_nonempty_text(mfooter)) 
        attr(rval, "mfooter") <- paste(mfooter, collapse = "\n")
    .citation(rval, meta$Package)
}
#@ closure exported recover
function () 
{
    if (.isMethodsDispatchOn()) {
        tState <- tracingState(FALSE)
        on.exit(tracingState(tState))
    }
    calls <- sys.calls()
    from <- 0L
    n <- length(calls)
    if (identical(sys.function(n), recover)) 
        n <- n - 1L
    for (i in rev(seq_len(n))) {
        calli <- calls[[i]]
        fname <- calli[[1L]]
        if (!is.na(match(deparse(fname)[1L], c("methods::.doTrace", ".doTrace")))) {
            from <- i - 1L
            break
        }
    }
    if (from == 0L) 
        for (i in rev(seq_len(n))) {
            calli <- calls[[i]]
            fname <- calli[[1L]]
            if (!is.name(fname) || is.na(match(as.character(fname), c("recover", "stop", "Stop")))) {
                from <- i
                break
            }
        }
    if (from > 0L) {
        if (!interactive()) {
            try(dump.frames())
            cat(gettext("recover called non-interactively; frames dumped, use debugger() to view\n"))
            return(NULL)
        }
        calls <- limitedLabels(calls[1L:from])
        repeat {
            which <- menu(calls, title = "\nEnter a frame number, or 0 to exit  ")
            if (which) 
                eval(substitute(browser(skipCalls = skip), list(skip = 7 - which)), envir = sys.frame(which))
            else break
        }
    }
    else cat(gettext("No suitable frames for recover()\n"))
}
#@ closure internal registerNames
function (names, package, .listFile, add = TRUE) 
{
    .simplePackageName <- function(env) {
        get0(".packageName", envir = env, inherits = FALSE, ifnotfound = "(unknown package)")
    }
    if (missing(package)) {
        env <- topenv(parent.frame(2L))
        package <- .simplePackageName(env)
    }
    else if (is.environment(package)) {
        env <- package
        package <- .simplePackageName(env)
    }
    else env <- asNamespace(package)
    current <- get0(.listFile, envir = env, inherits = FALSE, ifnotfound = character())
    if (!missing(names)) {
        if (environmentIsLocked(env)) 
            stop(gettextf("The namespace for package \"%s\" is locked; no changes in the global variables list may be made.", package))
        current <- if (add) 
            unique(c(current, names))
        else names
        assign(.listFile, current, envir = env)
    }
    current
}
#@ closure internal regquote
function (x) 
gsub("([*.?+^&\\[])", "\\\\\\1", x)
#@ closure exported relist
function (flesh, skeleton = attr(flesh, "skeleton")) 
{
    if (is.null(skeleton)) {
        stop("The 'flesh' argument does not contain a skeleton attribute.\n", "Either ensure you unlist a relistable object, or specify the skeleton separately.")
    }
    UseMethod("relist", skeleton)
}
#@ closure internal relist.default
function (flesh, skeleton = attr(flesh, "skeleton")) 
{
    result <- flesh
    names(result) <- names(skeleton)
    result
}
#@ closure internal relist.factor
function (flesh, skeleton = attr(flesh, "skeleton")) 
{
    as.factor(levels(skeleton)[flesh])
}
#@ closure internal relist.list
function (flesh, skeleton = attr(flesh, "skeleton")) 
{
    ind <- 1L
    result <- skeleton
    for (i in seq_along(skeleton)) {
        size <- length(unlist(result[[i]]))
        result[[i]] <- relist(flesh[seq.int(ind, length.out = size)], result[[i]])
        ind <- ind + size
    }
    result
}
#@ closure internal relist.matrix
function (flesh, skeleton = attr(flesh, "skeleton")) 
{
    n <- nrow(skeleton)
    m <- ncol(skeleton)
    if (n && m && is.numeric(skeleton[1, 1])) 
        return(matrix(flesh, nrow = n, ncol = m, dimnames = dimnames(skeleton)))
    result <- skeleton
    ind <- 1L
    for (j in seq_len(m)) for (i in seq_len(n)) {
        size <- length(unlist(skeleton[[i, j]]))
        result[[i, j]] <- relist(flesh[seq.int(ind, length.out = size)], skeleton[[i, j]])
        ind <- ind + size
    }
    result
}
#@ closure exported remhash
function (h, key) 
invisible(.External(C_remhash_Ext, h, key))
#@ closure exported remove.packages
function (pkgs, lib) 
{
    if (!length(pkgs)) 
        return(invisible())
    base <- vapply(pkgs, isBasePkg, FALSE)
    if (any(base)) {
        (if (all(base)) 
            stop
        else warning)(sprintf(ngettext(sum(base), "package %s is a base package, and cannot be removed", "packages %s are base packages, and cannot be removed"), paste(sQuote(pkgs[base]), collapse = ", ")), domain = NA)
        pkgs <- pkgs[!base]
    }
    updateIndices <- function(lib) {
        if (lib == .Library && .Platform$OS.type == "unix") {
            message("Updating HTML index of packages in '.Library'")
            make.packages.html(.Library)
        }
        Rcss <- file.path(lib, "R.css")
        if (file.exists(Rcss)) {
            pkgs <- Sys.glob(file.path(lib, "*", "Meta", "package.rds"))
            if (!length(pkgs)) 
                unlink(Rcss)
        }
    }
    if (missing(lib) || is.null(lib)) {
        lib <- .libPaths()[1L]
        message(sprintf(ngettext(length(pkgs), "Removing package from %s\n(as %s is unspecified)", "Removing packages from %s\n(as %s is unspecified)"), sQuote(lib), sQuote("lib")), domain = NA)
    }
    paths <- find.package(pkgs, lib)
    if (length(paths)) {
        unlink(paths, TRUE)
        for (lib in unique(dirname(paths))) updateIndices(lib)
    }
    invisible()
}
#@ closure exported removeSource
function (fn) 
{
    recurse <- function(part) {
        if (is.name(part)) 
            return(part)
        attr(part, "srcref") <- NULL
        attr(part, "wholeSrcref") <- NULL
        attr(part, "srcfile") <- NULL
        if (is.language(part) && is.recursive(part)) {
            for (i in seq_along(part)) part[i] <- list(recurse(part[[i]]))
        }
        part
    }
    if (is.function(fn)) {
        if (!is.primitive(fn)) {
            attr(fn, "srcref") <- NULL
            at <- attributes(fn)
            attr(body(fn), "wholeSrcref") <- NULL
            attr(body(fn), "srcfile") <- NULL
            body(fn) <- recurse(body(fn))
            if (!is.null(at)) 
                attributes(fn) <- at
        }
        fn
    }
    else if (is.language(fn)) {
        recurse(fn)
    }
    else stop("argument is not a function or language object:", typeof(fn))
}
#@ closure internal rep.bibentry
function (x, ...) 
{
    y <- NextMethod("rep")
    class(y) <- class(x)
    y
}
#@ closure internal rep.roman
function (x, ...) 
structure(rep(unclass(x), ...), class = class(x))
#@ closure internal resolvePkgType
function (type) 
{
    if (type == "both") 
        type <- "source"
    else if (type == "binary") 
        type <- .Platform$pkgType
    type
}
#@ closure exported Rprof
function (filename = "Rprof.out", append = FALSE, interval = 0.02, memory.profiling = FALSE, gc.profiling = FALSE, line.profiling = FALSE, filter.callframes = FALSE, numfiles = 100L, bufsize = 10000L) 
{
    if (is.null(filename)) 
        filename <- ""
    invisible(.External(C_Rprof, filename, append, interval, memory.profiling, gc.profiling, line.profiling, filter.callframes, numfiles, bufsize))
}
#@ closure internal Rprof_memory_summary
function (con, chunksize = 5000, label = c(1, -1), aggregate = 0, diff = FALSE, exclude = NULL, sample.interval) 
{
    memcounts <- NULL
    firsts <- NULL
    labels <- vector("list", length(label))
    index <- NULL
    repeat {
        chunk <- readLines(con, n = chunksize)
        if (!length(chunk)) 
            break
        memprefix <- attr(regexpr(":[0-9]+:[0-9]+:[0-9]+:[0-9]+:", chunk), "match.length")
        memstuff <- substr(chunk, 2L, memprefix - 1L)
        mcnt <- rbind(t(sapply(strsplit(memstuff, ":"), as.numeric)))
        mcnt <- cbind(mcnt[, 1L:2L, drop = FALSE] * 8, mcnt[, 3L:4L, drop = FALSE])
        chunk <- substr(chunk, memprefix + 1, nchar(chunk, "c"))
        if (any(c0 <- nchar(chunk, "c") == 0L)) {
            mcnt <- mcnt[!c0, ]
            chunk <- chunk[!c0]
        }
        if (!length(chunk)) 
            next
        memcounts <- rbind(memcounts, mcnt)
        chunk <- strsplit(chunk, " ")
        if (length(exclude)) 
            chunk <- lapply(chunk, function(l) l[!(l %in% exclude)])
        len.pos <- lengths(chunk) > 0L
        newfirsts <- sapply(chunk[len.pos], `[[`, 1L)
        firsts <- c(firsts, newfirsts)
        if (!aggregate && length(label)) {
            for (i in seq_along(label)) {
                labels[[i]] <- c(labels[[i]], if (label[i] == 1) newfirsts else if (label[i] > 1) sapply(chunk, function(line) paste(rev(line)[1L:min(label[i], length(line))], collapse = ":")) else sapply(chunk, function(line) paste(line[1L:min(-label[i], length(line))], collapse = ":")))
            }
        }
        else if (aggregate) {
            index <- c(index, sapply(chunk, if (aggregate > 0) function(line) paste(rev(line)[1L:min(aggregate, length(line))], collapse = ":") else function(line) paste(line[1L:min(-aggregate, length(line))], collapse = ":")))
        }
        if (length(chunk) < chunksize) 
            break
    }
    if (length(memcounts) == 0L) 
        stop("no events were recorded")
    memcounts <- as.data.frame(memcounts)
    names(memcounts) <- c("vsize.small", "vsize.large", "nodes", "duplications")
    if (!aggregate) {
        rownames(memcounts) <- (1L:nrow(memcounts)) * sample.interval
        names(labels) <- paste0("stack:", label)
        memcounts <- cbind(memcounts, labels)
    }
    if (diff) 
        memcounts[-1L, 1L:3L] <- pmax(0L, apply(memcounts[, 1L:3L], 2L, diff))
    if (aggregate) 
        by(memcounts, index, function(these) with(these, round(c(vsize.small = mean(vsize.small), max.vsize.small = max(vsize.small), vsize.large = mean(vsize.large), max.vsize.large = max(vsize.large), nodes = mean(nodes), max.nodes = max(nodes), duplications = mean(duplications), tot.duplications = sum(duplications), samples = nrow(these)))))
    else memcounts
}
#@ closure exported Rprofmem
function (filename = "Rprofmem.out", append = FALSE, threshold = 0) 
{
    if (is.null(filename)) 
        filename <- ""
    invisible(.External(C_Rprofmem, filename, append, as.double(threshold)))
}
#@ closure exported RShowDoc
function (what, type = c("pdf", "html", "txt"), package) 
{
    paste. <- function(x, ext) paste(x, ext, sep = ".")
    pdf_viewer <- function(path) {
        pdfviewer <- getOption("pdfviewer")
        if (identical(pdfviewer, "false")) {
        }
        else if (.Platform$OS.type == "windows" && identical(pdfviewer, file.path(R.home("bin"), "open.exe"))) 
            shell.exec(path)
        else system2(pdfviewer, shQuote(path), wait = FALSE)
    }
    html_viewer <- function(path) {
        browser <- getOption("browser")
        if (is.null(browser) && .Platform$OS.type == "windows") 
            shell.exec(chartr("/", "\\", path))
        else browseURL(paste0("file://", URLencode(path)))
    }
    type <- match.arg(type)
    if (missing(what) || length(what) != 1L || !is.character(what)) {
        message("   RShowDoc() should be used with a character string argument specifying\n   a documentation file")
        return(invisible())
    }
    if (!missing(package)) {
        pkgpath <- find.package(package)
        if (type == "pdf") {
            path <- file.path(pkgpath, "doc", paste.(what, "pdf"))
            if (file.exists(path)) {
                pdf_viewer(path)
                return(invisible(path))
            }
            path <- file.path(pkgpath, paste.(what, "pdf"))
            if (file.exists(path)) {
                pdf_viewer(path)
                return(invisible(path))
            }
            type <- "html"
        }
        if (type == "html") {
            path <- file.path(pkgpath, "doc", paste.(what, "html"))
            if (file.exists(path)) {
                html_viewer(path)
                return(invisible(path))
            }
            path <- file.path(pkgpath, paste.(what, "html"))
            if (file.exists(path)) {
                html_viewer(path)
                return(invisible(path))
            }
        }
        path <- file.path(pkgpath, "doc", what)
        if (file.exists(path)) {
            file.show(path)
            return(invisible(path))
        }
        path <- file.path(pkgpath, what)
        if (file.exists(path)) {
            file.show(path)
            return(invisible(path))
        }
        stop(gettextf("no documentation for %s found in package %s", sQuote(what), sQuote(package)), domain = NA)
    }
    if (what == "FAQ") 
        what <- "R-FAQ"
    if (what == "NEWS") {
        if (type == "pdf") {
            path <- file.path(R.home("doc"), paste.(what, "pdf"))
            if (file.exists(path)) {
                pdf_viewer(path)
                return(invisible(path))
            }
            type <- "html"
        }
        if (type == "html") {
            path <- file.path(R.home("doc"), "html", paste.(what, "html"))
            if (file.exists(path)) {
                html_viewer(path)
                return(invisible(path))
            }
        }
        path <- file.path(R.home("doc"), what)
        tf <- tempfile()
        tmp <- readLines(path)
        tmp[1] <- ""
        writeLines(tmp, tf)
        file.show(tf, delete.file = TRUE, encoding = "UTF-8")
        return(invisible(path))
    }
    else if (what == "COPYING") {
        path <- file.path(R.home("doc"), what)
        file.show(path)
        return(invisible(path))
    }
    else if (what %in% dir(file.path(R.home("share"), "licenses"))) {
        path <- file.path(R.home("share"), "licenses", what)
        file.show(path)
        return(invisible(path))
    }
    else if (what %in% c("R-admin", "R-data", "R-exts", "R-FAQ", "R-intro", "R-ints", "R-lang")) {
        if (type == "pdf") {
            path <- file.path(R.home("doc"), "manual", paste.(what, "pdf"))
            if (file.exists(path)) {
                pdf_viewer(path)
                return(invisible(path))
            }
            type <- "html"
        }
        if (type == "html") {
            path <- file.path(R.home("doc"), "manual", paste.(what, "html"))
            if (file.exists(path)) {
                html_viewer(path)
                return(invisible(path))
            }
        }
        if (what == "R-FAQ" && file.exists(path <- file.path(R.home("doc"), "FAQ"))) {
            file.show(path)
            return(invisible(path))
        }
    }
    else if (.Platform$OS.type == "windows" && what %in% "rw-FAQ") {
        if (type == "pdf") 
            type <- "html"
        if (type == "html") {
            path <- file.path(R.home("doc"), "html", paste.(what, "html"))
            if (file.exists(path)) {
                html_viewer(path)
                return(invisible(path))
            }
        }
        path <- file.path(R.home("doc"), what)
        if (file.exists(path)) {
            file.show(path)
            return(invisible(path))
        }
        path <- file.path(R.home(), "src", "gnuwin32", what)
        if (file.exists(path)) {
            file.show(path)
            return(invisible(path))
        }
    }
    else {
        rdocdir <- R.home("doc")
        docs <- dir(rdocdir, full.names = TRUE)
        docs <- docs[vapply(docs, function(x) file_test("-f", x), NA)]
        m <- match(what, basename(docs), 0L)
        if (m > 0L) {
            file.show(docs[m])
            return(invisible(docs[m]))
        }
    }
    stop("document not found")
}
#@ closure exported RSiteSearch
function (string, restrict = c("functions", "descriptions", "news", "Rfunctions", "Rmanuals", "READMEs", "views", "vignettes"), format, sortby = c("score", "date:late", "date:early", "subject", "subject:descending", "size", "size:descending"), matchesPerPage = 20, words = c("all", "any")) 
{
    matchingDB = list(functions = "cran-help", descriptions = "cran-info", news = "cran-news", Rfunctions = "r-help", Rmanuals = "r-manuals", READMEs = "cran-readme", views = "cran-views", vignettes = "cran-vignettes")
    string <- paste0("https://search.r-project.org/?FMT=query&P=", gsub("%22", "\"", gsub("%20", "+", URLencode(gsub("[\\{\\}]", "\"", trimws(string)), reserved = TRUE), fixed = TRUE), fixed = TRUE))
    mpp <- paste0("HITSPERPAGE=", matchesPerPage)
    restr <- match.arg(restrict, several.ok = TRUE)
    if (length(restr) != length(restrict)) 
        warning("some options in argument 'restrict' were not recognized and hence ignored")
    restr <- paste(paste0("DB=", matchingDB[restr]), collapse = "&")
    sortby <- match.arg(sortby)
    sortby <- paste0("SORT=", switch(sortby, score = "", `date:late` = "-0", `date:early` = "%2B0", subject = "%2B3", `subject:descending` = "-3", size = "%2B2", `size:descending` = "-2"))
    words <- match.arg(words)
    words <- paste0("DEFAULTOP=", switch(words, all = "and", any = "or"))
    qstring <- paste(string, mpp, sortby, restr, words, sep = "&")
    browseURL(qstring)
    if (!missing("format")) 
        warning("argument 'format' is deprecated and has no affect on search results")
    cat(gettextf("A search query has been submitted to %s", "https://search.r-project.org"), "\n", sep = "")
    cat(gettext("The results page should open in your browser shortly\n"))
    invisible(qstring)
}
#@ closure exported rtags
function (path = ".", pattern = "\\.[RrSs]$", recursive = FALSE, src = list.files(path = path, pattern = pattern, full.names = TRUE, recursive = recursive), keep.re = NULL, ofile = "", append = FALSE, verbose = getOption("verbose"), type = c("etags", "ctags")) 
{
    type <- match.arg(type)
    if (nzchar(ofile) && !append) {
        if (!file.create(ofile, showWarnings = FALSE)) 
            stop(gettextf("Could not create file %s, aborting", ofile), domain = NA)
    }
    write.fun <- if (type == "ctags") 
        write.ctags
    else write.etags
    if (!missing(keep.re)) 
        src <- grep(keep.re, src, value = TRUE)
    for (s in src) {
        if (verbose) 
            message(gettextf("Processing file %s", s), domain = NA)
        tryCatch(rtags.file(s, ofile = ofile, append = TRUE, write.fun = write.fun), error = function(e) NULL)
    }
    if (type == "ctags" && nzchar(ofile)) {
        tagLines <- readLines(ofile)
        writeLines(sort(tagLines), con = ofile)
    }
    invisible()
}
#@ closure internal rtags.file
function (src, ofile = "", append = FALSE, write.fun = write.etags) 
{
    elist <- parse(src, srcfile = srcfile(src))
    if (length(elist) == 0) 
        return(invisible())
    lines <- readLines(src)
    tokens <- lapply(elist, expr2token)
    startlines <- sapply(attr(elist, "srcref"), `[`, 1L)
    if (length(tokens) != length(startlines)) 
        stop("length mismatch: bug in code!", domain = NA)
    keep <- lengths(tokens) == 1L
    if (!any(keep)) 
        return(invisible())
    tokens <- unlist(tokens[keep])
    startlines <- startlines[keep]
    write.fun(src = src, tokens = tokens, startlines = startlines, lines = lines[startlines], nchars = nchar(lines, type = "bytes"), file = ofile, append = append)
}
#@ closure exported Rtangle
function () 
{
    list(setup = RtangleSetup, runcode = RtangleRuncode, writedoc = RtangleWritedoc, finish = RtangleFinish, checkopts = RweaveLatexOptions)
}
#@ closure exported RtangleFinish
function (object, error = FALSE) 
{
    if (!is.null(object$output) && object$output >= 3) 
        close(object$output)
    if (length(object$chunkout)) 
        for (con in object$chunkout) close(con)
}
#@ closure exported RtangleRuncode
function (object, chunk, options) 
{
    if (!(options$engine %in% c("R", "S"))) 
        return(object)
    chunkprefix <- RweaveChunkPrefix(options)
    if (options$split) {
        if (!grepl(.SweaveValidFilenameRegexp, chunkprefix)) 
            warning("file stem ", sQuote(chunkprefix), " is not portable", call. = FALSE, domain = NA)
        outfile <- paste(chunkprefix, options$engine, sep = ".")
        if (!object$quiet) 
            cat(options$chunknr, ":", outfile, "\n")
        chunkout <- object$chunkout[chunkprefix][[1L]]
        if (is.null(chunkout)) {
            chunkout <- file(outfile, "w")
            if (!is.null(options$label)) 
                object$chunkout[[chunkprefix]] <- chunkout
        }
    }
    else chunkout <- object$output
    showOut <- options$eval || !object$drop.evalFALSE
    if (showOut) {
        annotate <- object$annotate
        if (is.logical(annotate) && annotate) {
            cat("###################################################\n", "### code chunk number ", options$chunknr, ": ", if (!is.null(ol <- options$label)) 
                ol
            else .RtangleCodeLabel(chunk), if (!options$eval) 
                " (eval = FALSE)", "\n", "###################################################\n", file = chunkout, sep = "")
        }
        else if (is.function(annotate)) 
            annotate(options, chunk = chunk, output = chunkout)
    }
    hooks <- SweaveHooks(options, run = FALSE)
    for (k in hooks) cat("getOption(\"SweaveHooks\")[[\"", k, "\"]]()\n", file = chunkout, sep = "")
    if (showOut) {
        if (!options$show.line.nos) 
            chunk <- grep("^#line ", chunk, value = TRUE, invert = TRUE)
        if (!options$eval) 
            chunk <- paste("##", chunk)
        cat(chunk, "\n", file = chunkout, sep = "\n")
    }
    if (is.null(options$label) && options$split) 
        close(chunkout)
    object
}
#@ closure exported RtangleSetup
function (file, syntax, output = NULL, annotate = TRUE, split = FALSE, quiet = FALSE, drop.evalFALSE = FALSE, ...) 
{
    dots <- list(...)
    if (is.null(output)) {
        prefix.string <- basename(sub(syntax$extension, "", file))
        output <- paste0(prefix.string, ".R")
    }
    else prefix.string <- basename(sub("\\.[rsRS]$", "", output))
    if (!split) {
        if (identical(output, "stdout")) 
            output <- stdout()
        else if (identical(output, "stderr")) 
            output <- stderr()
        else {
            if (!quiet) 
                cat("Writing to file", output, "\n")
            encoding <- attr(file, "encoding")
            if (encoding %in% c("ASCII", "bytes")) 
                encoding <- ""
            output <- file(output, open = "w", encoding = encoding)
        }
        lines <- c(paste("###", sprintf("R code from vignette source '%s'", file)), "")
        writeLines(lines, output)
    }
    else {
        if (!quiet) 
            cat("Writing chunks to files ...\n")
        output <- NULL
    }
    options <- list(split = split, prefix = TRUE, prefix.string = prefix.string, engine = "R", eval = TRUE, show.line.nos = FALSE)
    options$.defaults <- options
    options[names(dots)] <- dots
    options <- RweaveLatexOptions(options)
    list(output = output, annotate = annotate, options = options, chunkout = list(), quiet = quiet, syntax = syntax, drop.evalFALSE = drop.evalFALSE)
}
#@ closure exported RtangleWritedoc
function (object, chunk) 
{
    while (length(pos <- grep(object$syntax$docopt, chunk))) {
        opts <- sub(paste0(".*", object$syntax$docopt, ".*"), "\\1", chunk[pos[1L]])
        object$options <- SweaveParseOptions(opts, object$options, RweaveLatexOptions)
        chunk[pos[1L]] <- sub(object$syntax$docopt, "", chunk[pos[1L]])
    }
    object
}
#@ closure exported RweaveChunkPrefix
function (options) 
{
    if (!is.null(options$label)) {
        if (options$prefix) 
            paste0(options$prefix.string, "-", options$label)
        else options$label
    }
    else paste0(options$prefix.string, "-", formatC(options$chunknr, flag = "0", width = 3))
}
#@ closure exported RweaveEvalWithOpt
function (expr, options) 
{
    if (options$eval) {
        res <- try(withVisible(eval(expr, .GlobalEnv)), silent = TRUE)
        if (inherits(res, "try-error")) 
            return(res)
        if (options$print || (options$term && res$visible)) {
            if (.isMethodsDispatchOn() && isS4(res$value)) 
                methods::show(res$value)
            else print(res$value)
        }
    }
    res
}
#@ closure exported RweaveLatex
function () 
{
    list(setup = RweaveLatexSetup, runcode = RweaveLatexRuncode, writedoc = RweaveLatexWritedoc, finish = RweaveLatexFinish, checkopts = RweaveLatexOptions)
}
#@ closure exported RweaveLatexFinish
function (object, error = FALSE) 
{
    outputname <- summary(object$output)$description
    if (!object$quiet && !error) {
        if (!file.exists(outputname)) 
            stop(gettextf("the output file '%s' has disappeared", outputname))
        cat("\n", sprintf("You can now run (pdf)latex on %s", sQuote(outputname)), "\n", sep = "")
    }
    close(object$output)
    if (length(object$chunkout)) 
        for (con in object$chunkout) close(con)
    if (object$haveconcordance) {
        linesout <- object$linesout
        filenumout <- object$filenumout
        filenames <- object$srcFilenames[filenumout]
        if (!is.null(filenames)) {
            filegps <- rle(filenames)
            offset <- 0L
            for (i in seq_along(filegps$lengths)) {
                len <- filegps$lengths[i]
                inputname <- filegps$values[i]
                vals <- rle(diff(linesout[offset + seq_len(len)]))
                vals <- c(linesout[offset + 1L], as.numeric(rbind(vals$lengths, vals$values)))
                concordance <- paste(strwrap(paste(vals, collapse = " ")), collapse = " %\n")
                special <- paste0("\\Sconcordance{concordance:", outputname, ":", inputname, ":", if (offset) 
                  paste0("ofs ", offset, ":")
                else "", "%\n", concordance, "}\n")
                cat(special, file = object$concordfile, append = offset > 0L)
                offset <- offset + len
            }
        }
    }
    invisible(outputname)
}
#@ closure exported RweaveLatexOptions
function (options) 
{
    defaults <- options[[".defaults"]]
    c2l <- function(x) if (is.null(x)) 
        FALSE
    else suppressWarnings(as.logical(x))
    NUMOPTS <- c("width", "height", "resolution")
    CHAROPTS <- c("results", "prefix.string", "engine", "label", "strip.white", "pdf.version", "pdf.encoding", "grdevice")
    for (opt in names(options)) {
        if (opt == ".defaults") 
            next
        oldval <- options[[opt]]
        defval <- defaults[[opt]]
        if (opt %in% CHAROPTS || is.character(defval)) {
        }
        else if (is.logical(defval)) 
            options[[opt]] <- c2l(oldval)
        else if (opt %in% NUMOPTS || is.numeric(defval)) 
            options[[opt]] <- as.numeric(oldval)
        else if (!is.na(newval <- c2l(oldval))) 
            options[[opt]] <- newval
        else if (!is.na(newval <- suppressWarnings(as.numeric(oldval)))) 
            options[[opt]] <- newval
        if (is.na(options[[opt]])) 
            stop(gettextf("invalid value for %s : %s", sQuote(opt), oldval), domain = NA)
    }
    if (!is.null(options$results)) {
        res <- as.character(options$results)
        if (tolower(res) != res) 
            warning("value of 'results' option should be lowercase", call. = FALSE)
        options$results <- tolower(res)
    }
    options$results <- match.arg(options$results, c("verbatim", "tex", "hide"))
    if (!is.null(options$strip.white)) {
        res <- as.character(options$strip.white)
        if (tolower(res) != res) 
            warning("value of 'strip.white' option should be lowercase", call. = FALSE)
        options$strip.white <- tolower(res)
    }
    options$strip.white <- match.arg(options$strip.white, c("true", "false", "all"))
    options
}
#@ opaque internal RweaveLatexRuncode environment:other
#@ closure exported RweaveLatexSetup
function (file, syntax, output = NULL, quiet = FALSE, debug = FALSE, stylepath, ...) 
{
    dots <- list(...)
    if (is.null(output)) {
        prefix.string <- basename(sub(syntax$extension, "", file))
        output <- paste0(prefix.string, ".tex")
    }
    else prefix.string <- basename(sub("\\.tex$", "", output))
    if (!quiet) 
        cat("Writing to file ", output, "\n", "Processing code chunks with options ...\n", sep = "")
    encoding <- attr(file, "encoding")
    if (encoding %in% c("ASCII", "bytes")) 
        encoding <- ""
    output <- file(output, open = "w", encoding = encoding)
    if (missing(stylepath)) {
        p <- Sys.getenv("SWEAVE_STYLEPATH_DEFAULT")
        stylepath <- if (length(p) >= 1L && nzchar(p[1L])) 
            identical(p, "TRUE")
        else FALSE
    }
    if (stylepath) {
        styfile <- file.path(R.home("share"), "texmf", "tex", "latex", "Sweave")
        if (.Platform$OS.type == "windows") 
            styfile <- chartr("\\", "/", styfile)
        if (length(grep(" ", styfile))) 
            warning(gettextf("path to %s contains spaces,\n", sQuote(styfile)), gettext("this may cause problems when running LaTeX"), domain = NA)
    }
    else styfile <- "Sweave"
    options <- list(prefix = TRUE, prefix.string = prefix.string, engine = "R", print = FALSE, eval = TRUE, fig = FALSE, pdf = TRUE, eps = FALSE, png = FALSE, jpeg = FALSE, grdevice = "", width = 6, height = 6, resolution = 300, term = TRUE, echo = TRUE, keep.source = TRUE, results = "verbatim", split = FALSE, strip.white = "true", include = TRUE, pdf.version = grDevices::pdf.options()$version, pdf.encoding = grDevices::pdf.options()$encoding, pdf.compress = grDevices::pdf.options()$compress, expand = TRUE, 
        concordance = FALSE, figs.only = TRUE)
    options$.defaults <- options
    options[names(dots)] <- dots
    options <- RweaveLatexOptions(options)
    list(output = output, styfile = styfile, havesty = FALSE, haveconcordance = FALSE, debug = debug, quiet = quiet, syntax = syntax, options = options, chunkout = list(), srclines = integer())
}
#@ closure exported RweaveLatexWritedoc
function (object, chunk) 
{
    linesout <- attr(chunk, "srclines")
    filenumout <- attr(chunk, "srcFilenum")
    if (length(grep("\\usepackage[^\\}]*Sweave.*\\}", chunk))) 
        object$havesty <- TRUE
    if (!object$havesty) {
        begindoc <- "^[[:space:]]*\\\\begin\\{document\\}"
        which <- grep(begindoc, chunk)
        if (length(which)) {
            chunk[which] <- sub(begindoc, paste0("\\\\usepackage{", object$styfile, "}\n\\\\begin{document}"), chunk[which])
            idx <- c(1L:which, which, seq.int(from = which + 1L, length.out = length(linesout) - which))
            linesout <- linesout[idx]
            filenumout <- filenumout[idx]
            object$havesty <- TRUE
        }
    }
    while (length(pos <- grep(object$syntax$docexpr, chunk))) {
        cmdloc <- regexpr(object$syntax$docexpr, chunk[pos[1L]])
        cmd <- substr(chunk[pos[1L]], cmdloc, cmdloc + attr(cmdloc, "match.length") - 1L)
        cmd <- sub(object$syntax$docexpr, "\\1", cmd)
        if (object$options$eval) {
            val <- tryCatch(as.character(eval(str2expression(cmd), envir = .GlobalEnv)), error = function(e) {
                filenum <- attr(chunk, "srcFilenum")[pos[1L]]
                filename <- attr(chunk, "srcFilenames")[filenum]
                location <- paste0(basename(filename), ":", attr(chunk, "srclines")[pos[1L]])
                stop("at ", location, ", ", conditionMessage(e), domain = NA, call. = FALSE)
            })
            if (length(val) == 0L) 
                val <- ""
        }
        else val <- paste0("\\\\verb#<<", cmd, ">>#")
        chunk[pos[1L]] <- sub(object$syntax$docexpr, val, chunk[pos[1L]])
    }
    while (length(pos <- grep(object$syntax$docopt, chunk))) {
        opts <- sub(paste0(".*", object$syntax$docopt, ".*"), "\\1", chunk[pos[1L]])
        object$options <- SweaveParseOptions(opts, object$options, RweaveLatexOptions)
        if (isTRUE(object$options$concordance) && !object$haveconcordance) {
            savelabel <- object$options$label
            object$options$label <- "concordance"
            prefix <- RweaveChunkPrefix(object$options)
            object$options$label <- savelabel
            object$concordfile <- paste0(prefix, ".tex")
            chunk[pos[1L]] <- sub(object$syntax$docopt, paste0("\\\\input{", prefix, "}"), chunk[pos[1L]])
            object$haveconcordance <- TRUE
        }
        else chunk[pos[1L]] <- sub(object$syntax$docopt, "", chunk[pos[1L]])
    }
    cat(chunk, sep = "\n", file = object$output)
    object$linesout <- c(object$linesout, linesout)
    object$filenumout <- c(object$filenumout, filenumout)
    object
}
#@ closure exported RweaveTryStop
function (err, options) 
{
    if (inherits(err, "try-error")) {
        cat("\n")
        msg <- paste(" chunk", options$chunknr)
        if (!is.null(options$label)) 
            msg <- paste0(msg, " (label = ", options$label, ")")
        msg <- paste(msg, "\n")
        stop(msg, err, call. = FALSE)
    }
}
#@ closure exported savehistory
function (file = ".Rhistory") 
invisible(.External2(C_savehistory, file))
#@ closure exported select.list
function (choices, preselect = NULL, multiple = FALSE, title = NULL, graphics = getOption("menu.graphics")) 
{
    if (!interactive()) 
        stop("select.list() cannot be used non-interactively")
    if (!is.null(title) && (!is.character(title) || length(title) != 1)) 
        stop("'title' must be NULL or a length-1 character vector")
    if (isTRUE(graphics)) {
        if (.Platform$OS.type == "windows" || .Platform$GUI == "AQUA") 
            return(.External2(C_selectlist, choices, preselect, multiple, title))
        else if (graphics && capabilities("tcltk") && capabilities("X11") && suppressWarnings(tcltk::.TkUp)) 
            return(tcltk::tk_select.list(choices, preselect, multiple, title))
    }
    if (!multiple) {
        res <- menu(choices, FALSE, title)
        if (res < 1L || res > length(choices)) 
            return("")
        else return(choices[res])
    }
    else {
        nc <- length(choices)
        if (length(title) && nzchar(title[1L])) 
            cat(title, "\n", sep = "")
        def <- if (is.null(preselect)) 
            rep.int(FALSE, nc)
        else choices %in% preselect
        op <- paste0(format(seq_len(nc)), ": ", ifelse(def, "+", " "), " ", choices)
        if (nc > 10L) {
            fop <- format(op)
            nw <- nchar(fop[1L], "w") + 2L
            ncol <- getOption("width")%/%nw
            if (ncol > 1L) 
                op <- paste0(fop, c(rep.int("  ", ncol - 1L), "\n"), collapse = "")
            cat("", op, sep = "\n")
        }
        else cat("", op, "", sep = "\n")
        cat(gettext("Enter one or more numbers separated by spaces and then ENTER, or 0 to cancel\n"))
        repeat {
            res <- tryCatch(scan("", what = 0, quiet = TRUE, nlines = 1), error = identity)
            if (!inherits(res, "error")) 
                break
            cat(gettext("Invalid input, please try again\n"))
        }
        if (any(res == 0)) 
            return(character())
        if (!is.null(preselect)) 
            res <- c(which(def), res)
        res <- unique(res)
        res <- sort(res[1 <= res & res <= nc])
        return(choices[res])
    }
}
#@ closure exported sessionInfo
function (package = NULL) 
{
    z <- list()
    z$R.version <- R.Version()
    z$platform <- z$R.version$platform
    if (nzchar(.Platform$r_arch)) 
        z$platform <- paste(z$platform, .Platform$r_arch, sep = "/")
    z$platform <- paste0(z$platform, " (", 8 * .Machine$sizeof.pointer, "-bit)")
    z$locale <- Sys.getlocale()
    z$running <- osVersion
    z$RNGkind <- RNGkind()
    if (is.null(package)) {
        package <- grep("^package:", search(), value = TRUE)
        keep <- vapply(package, function(x) x == "package:base" || !is.null(attr(as.environment(x), "path")), NA)
        package <- .rmpkg(package[keep])
    }
    pkgDesc <- lapply(package, packageDescription, encoding = NA)
    if (length(package) == 0) 
        stop("no valid packages were specified")
    basePkgs <- sapply(pkgDesc, function(x) !is.null(x$Priority) && x$Priority == "base")
    z$basePkgs <- package[basePkgs]
    if (any(!basePkgs)) {
        z$otherPkgs <- pkgDesc[!basePkgs]
        names(z$otherPkgs) <- package[!basePkgs]
    }
    loadedOnly <- loadedNamespaces()
    loadedOnly <- loadedOnly[!(loadedOnly %in% package)]
    if (length(loadedOnly)) {
        names(loadedOnly) <- loadedOnly
        pkgDesc <- c(pkgDesc, lapply(loadedOnly, packageDescription))
        z$loadedOnly <- pkgDesc[loadedOnly]
    }
    z$matprod <- as.character(options("matprod"))
    es <- extSoftVersion()
    z$BLAS <- as.character(es["BLAS"])
    z$LAPACK <- La_library()
    l10n <- l10n_info()
    if (!is.null(l10n["system.codepage"])) 
        z$system.codepage <- as.character(l10n["system.codepage"])
    if (!is.null(l10n["codepage"])) 
        z$codepage <- as.character(l10n["codepage"])
    class(z) <- "sessionInfo"
    z
}
#@ closure exported setBreakpoint
function (srcfile, line, nameonly = TRUE, envir = parent.frame(), lastenv, verbose = TRUE, tracer, print = FALSE, clear = FALSE, ...) 
{
    if (missing(lastenv)) {
        if (missing(envir)) 
            lastenv <- globalenv()
        else lastenv <- emptyenv()
    }
    locations <- findLineNum(srcfile, line, nameonly, envir, lastenv)
    if (verbose) 
        print(locations, steps = !clear)
    breakpoint <- missing(tracer)
    while (length(locations)) {
        what <- locations[[1]]$name
        where <- locations[[1]]$env
        at <- list(locations[[1]]$at)
        signature <- locations[[1]]$signature
        if (breakpoint) {
            filename <- basename(locations[[1]]$filename)
            linenum <- locations[[1]]$line
            tracer <- bquote({
                cat(paste0(.(filename), "#", .(linenum), "\n"))
                browser(skipCalls = 4L)
            })
        }
        locations[[1]] <- NULL
        i <- 1
        while (i <= length(locations)) {
            if (what == locations[[i]]$name && identical(where, locations[[i]]$env) && identical(signature, locations[[i]]$signature)) {
                at <- c(at, list(locations[[i]]))
                locations[[i]] <- NULL
            }
            else i <- i + 1
        }
        if (clear) {
            if (is.null(signature)) 
                untrace(what, where = where)
            else untrace(what, signature = signature, where = where)
        }
        else if (is.null(signature)) 
            trace(what, tracer, at = at, where = where, print = print, ...)
        else trace(what, signature = signature, tracer, at = at, where = where, ...)
    }
}
#@ closure exported sethash
function (h, key, value) 
invisible(.External(C_sethash_Ext, h, key, value))
#@ closure internal setIsFirstArg
function (v) 
.CompletionEnv[["isFirstArg"]] <- v
#@ closure exported setRepositories
function (graphics = getOption("menu.graphics"), ind = NULL, addURLs = character()) 
{
    if (is.null(ind) && !interactive()) 
        stop("cannot set repositories non-interactively")
    a <- tools:::.get_repositories()
    pkgType <- getOption("pkgType")
    if (!is.character(pkgType)) 
        stop("invalid options(\"pkgType\"); must be a character string")
    if (pkgType == "both") 
        pkgType <- "source"
    if (pkgType == "binary") 
        pkgType <- .Platform$pkgType
    if (startsWith(pkgType, "mac.binary")) 
        pkgType <- "mac.binary"
    thisType <- a[[pkgType]]
    a <- a[thisType, 1L:3L]
    repos <- getOption("repos")
    if ("CRAN" %in% row.names(a) && !is.na(CRAN <- repos["CRAN"])) 
        a["CRAN", "URL"] <- CRAN
    a[(a[["URL"]] %in% repos), "default"] <- TRUE
    new <- !(repos %in% a[["URL"]])
    if (any(new)) {
        aa <- names(repos[new])
        if (is.null(aa)) 
            aa <- rep.int("", length(repos[new]))
        aa[aa == ""] <- repos[new][aa == ""]
        newa <- data.frame(menu_name = aa, URL = repos[new], default = TRUE)
        row.names(newa) <- aa
        a <- rbind(a, newa, deparse.level = 0L)
    }
    default <- a[["default"]]
    res <- if (length(ind)) 
        as.integer(ind)
    else {
        title <- if (graphics) 
            "Repositories"
        else gettext("--- Please select repositories for use in this session ---\n")
        match(select.list(a[, 1L], a[default, 1L], multiple = TRUE, title, graphics = graphics), a[, 1L])
    }
    if (length(res) || length(addURLs)) {
        repos <- a[["URL"]]
        names(repos) <- row.names(a)
        repos <- c(repos[res], addURLs)
        options(repos = repos)
    }
}
#@ closure exported setTxtProgressBar
function (pb, value, title = NULL, label = NULL) 
{
    if (!inherits(pb, "txtProgressBar")) 
        stop(gettextf("'pb' is not from class %s", dQuote("txtProgressBar")), domain = NA)
    oldval <- pb$getVal()
    pb$up(value)
    invisible(oldval)
}
#@ closure internal shorten.to.string
function (line, token) 
{
    if (FALSE) {
        ans <- regexpr(strsplit("token", ",", fixed = TRUE)[[1L]][1L], line, fixed = TRUE)
        if (ans == -1L) 
            line
        else substr(line, 1L, ans + attr(ans, "match.length") - 1L)
    }
    else {
        substr(line, 1L, 1L)
    }
}
#@ closure internal simplifyRepos
function (repos, type) 
{
    tail <- substring(contrib.url("---", type), 4L)
    ind <- regexpr(tail, repos, fixed = TRUE)
    ind <- ifelse(ind > 0L, ind - 1L, nchar(repos, type = "c"))
    substr(repos, 1L, ind)
}
#@ closure internal sort.bibentry
function (x, decreasing = FALSE, .bibstyle = NULL, drop = FALSE, ...) 
{
    x[order(tools::bibstyle(.bibstyle, .default = FALSE)$sortKeys(x), decreasing = decreasing), drop = drop]
}
#@ closure internal specialCompletions
function (text, spl) 
{
    wm <- which.max(spl)
    op <- names(spl)[wm]
    opStart <- spl[wm]
    opEnd <- opStart + nchar(op)
    if (opStart < 1) 
        return(character())
    prefix <- substr(text, 1L, opStart - 1L)
    suffix <- substr(text, opEnd, 1000000L)
    if (op == "?") 
        return(helpCompletions(prefix, suffix))
    if (opStart <= 1) 
        return(character())
    comps <- specialOpCompletionsHelper(op, suffix, prefix)
    if (length(comps) == 0L) 
        comps <- ""
    sprintf("%s%s%s", prefix, op, comps)
}
#@ closure internal specialFunctionArgs
function (fun, text) 
{
    switch(EXPR = fun, library = , require = {
        if (.CompletionEnv$settings[["ipck"]]) {
            findMatches(sprintf("^%s", makeRegexpSafe(text)), rownames(installed.packages()))
        } else character()
    }, data = {
        if (.CompletionEnv$settings[["data"]]) {
            findMatches(sprintf("^%s", makeRegexpSafe(text)), data()$results[, "Item"])
        } else character()
    }, character())
}
#@ closure internal specialOpCompletionsHelper
function (op, suffix, prefix) 
{
    tryToEval <- function(s) {
        tryCatch(eval(str2expression(s), envir = .GlobalEnv), error = function(e) e)
    }
    switch(op, `$` = {
        if (.CompletionEnv$settings[["ops"]]) {
            object <- tryToEval(prefix)
            if (inherits(object, "error")) suffix else {
                .DollarNames(object, pattern = sprintf("^%s", makeRegexpSafe(suffix)))
            }
        } else suffix
    }, `@` = {
        if (.CompletionEnv$settings[["ops"]]) {
            object <- tryToEval(prefix)
            if (inherits(object, "error")) suffix else {
                findMatches(sprintf("^%s", makeRegexpSafe(suffix)), methods::slotNames(object))
            }
        } else suffix
    }, `::` = {
        if (.CompletionEnv$settings[["ns"]]) {
            nse <- tryCatch(unique(c(getNamespaceExports(prefix), if (prefix != "base") names(getNamespaceInfo(prefix, "lazydata")))), error = identity)
            if (inherits(nse, "error")) suffix else {
                findMatches(sprintf("^%s", makeRegexpSafe(suffix)), nse)
            }
        } else suffix
    }, `:::` = {
        if (.CompletionEnv$settings[["ns"]]) {
            ns <- tryCatch(getNamespace(prefix), error = function(e) e)
            if (inherits(ns, "error")) suffix else {
                if (!.CompletionEnv$settings[["fuzzy"]]) ls(ns, all.names = TRUE, pattern = sprintf("^%s", makeRegexpSafe(suffix))) else findMatches(sprintf("^%s", makeRegexpSafe(suffix)), ls(ns, all.names = TRUE))
            }
        } else suffix
    }, `[` = , `[[` = {
        comps <- normalCompletions(suffix)
        if (length(comps)) comps else suffix
    })
}
#@ closure internal specialOpLocs
function (text) 
{
    ge <- sapply(specialOps, function(s) gregexpr(s, text, fixed = TRUE)[[1L]], simplify = FALSE)
    ge <- sapply(ge, tail.default, 1)
    ge <- ge[ge > 0]
}
#@ value internal specialOps character
#@ closure exported stack
function (x, ...) 
UseMethod("stack")
#@ closure internal stack.data.frame
function (x, select, drop = FALSE, ...) 
{
    if (!missing(select)) {
        nl <- as.list(1L:ncol(x))
        names(nl) <- names(x)
        vars <- eval(substitute(select), nl, parent.frame())
        x <- x[, vars, drop = FALSE]
    }
    keep <- vapply(x, is.vector, NA)
    if (!any(keep)) 
        stop("no vector columns were selected")
    if (!all(keep)) 
        warning("non-vector columns will be ignored")
    x <- x[, keep, drop = FALSE]
    ind <- rep.int(factor(names(x), unique(names(x))), lengths(x))
    if (drop) {
        ind <- droplevels(ind)
    }
    data.frame(values = unlist(unname(x)), ind, stringsAsFactors = FALSE)
}
#@ closure internal stack.default
function (x, drop = FALSE, ...) 
{
    x <- as.list(x)
    keep <- unlist(lapply(x, is.vector))
    if (!sum(keep)) 
        stop("at least one vector element is required")
    if (!all(keep)) 
        warning("non-vector elements will be ignored")
    x <- x[keep]
    ind <- rep.int(factor(names(x), unique(names(x))), lengths(x))
    if (drop) {
        ind <- droplevels(ind)
    }
    data.frame(values = unlist(unname(x)), ind, stringsAsFactors = FALSE)
}
#@ closure exported Stangle
function (file, driver = Rtangle(), syntax = getOption("SweaveSyntax"), encoding = "", ...) 
Sweave(file = file, driver = driver, encoding = encoding, ...)
#@ closure exported str
function (object, ...) 
UseMethod("str")
#@ closure internal str.data.frame
function (object, ...) 
{
    if (!is.data.frame(object)) {
        warning("str.data.frame() called with non-data.frame -- coercing to one.")
        object <- data.frame(object)
    }
    cl <- oldClass(object)
    cl <- cl[cl != "data.frame"]
    if (0 < length(cl)) 
        cat("Classes", paste(sQuote(cl), collapse = ", "), "and ")
    cat("'data.frame':\t", nrow(object), " obs. of  ", (p <- length(object)), " variable", if (p != 1) 
        "s", if (p > 0) 
        ":", "\n", sep = "")
    if (length(l <- list(...)) && any("give.length" == names(l))) 
        invisible(NextMethod("str", ...))
    else invisible(NextMethod("str", give.length = structure(FALSE, from = "data.frame"), ...))
}
#@ closure internal str.Date
function (object, ...) 
{
    cl <- oldClass(object)
    n <- length(object)
    if (n == 0L) 
        return(str.default(object))
    if (n > 1000L) 
        object <- object[seq_len(1000L)]
    give.length <- TRUE
    if (length(larg <- list(...))) {
        nl <- names(larg)
        which.head <- which(nl == "give.head")
        if (any(Bgl <- nl == "give.length")) 
            give.length <- larg[[which(Bgl)]]
        else if (length(which.head)) 
            give.length <- larg[[which.head]]
        if (length(which.head)) 
            larg <- larg[-which.head]
        if (is.numeric(larg[["nest.lev"]]) && is.numeric(larg[["vec.len"]])) 
            larg[["vec.len"]] <- min(larg[["vec.len"]], (larg[["width"]] - nchar(larg[["indent.str"]]) - 31)%/%19)
    }
    le.str <- if (give.length) 
        paste0("[1:", as.character(n), "]")
    cat(" ", cl[1L], le.str, ", format: ", sep = "")
    str.f.obj <- function(...) str(format(object), ...)
    do.call(str.f.obj, c(list(give.head = FALSE), larg))
}
#@ closure internal str.default
function (object, max.level = NA, vec.len = strO$vec.len, digits.d = strO$digits.d, nchar.max = 128, give.attr = TRUE, drop.deparse.attr = strO$drop.deparse.attr, give.head = TRUE, give.length = give.head, width = getOption("width"), nest.lev = 0, indent.str = paste(rep.int(" ", max(0, nest.lev + 1)), collapse = ".."), comp.str = "$ ", no.list = FALSE, envir = baseenv(), strict.width = strO$strict.width, formatNum = strO$formatNum, list.len = strO$list.len, deparse.lines = strO$deparse.lines, ...) 
{
    oDefs <- c("vec.len", "digits.d", "strict.width", "formatNum", "drop.deparse.attr", "list.len", "deparse.lines")
    strO <- getOption("str")
    if (!is.list(strO)) {
        warning("invalid options(\"str\") -- using defaults instead")
        strO <- strOptions()
    }
    else {
        if (!all(names(strO) %in% oDefs)) 
            warning(gettextf("invalid components in options(\"str\"): %s", paste(setdiff(names(strO), oDefs), collapse = ", ")), domain = NA)
        strO <- modifyList(strOptions(), strO)
    }
    strict.width <- match.arg(strict.width, choices = c("no", "cut", "wrap"))
    if (strict.width != "no") {
        ss <- capture.output(str.default(object, max.level = max.level, vec.len = vec.len, digits.d = digits.d, nchar.max = nchar.max, give.attr = give.attr, give.head = give.head, give.length = give.length, width = width, nest.lev = nest.lev, indent.str = indent.str, comp.str = comp.str, no.list = no.list || is.data.frame(object), envir = envir, strict.width = "no", formatNum = formatNum, list.len = list.len, deparse.lines = deparse.lines, ...))
        if (strict.width == "wrap") {
            nind <- nchar(indent.str) + 2
            ss <- strwrap(ss, width = width, exdent = nind)
        }
        if (length(iLong <- which(nchar(ss) > width))) {
            sL <- ss[iLong]
            k <- as.integer(width - 2L)
            if (any(i <- grepl("\"", substr(sL, k + 1L, nchar(sL))))) {
                ss[iLong[i]] <- paste0(substr(sL[i], 1, k - 1L), "\"..")
                ss[iLong[!i]] <- paste0(substr(sL[!i], 1, k), "..")
            }
            else {
                ss[iLong] <- paste0(substr(sL, 1, k), "..")
            }
        }
        cat(ss, sep = "\n")
        return(invisible())
    }
    oo <- options(digits = digits.d)
    on.exit(options(oo))
    le <- length(object)[1L]
    if (is.na(le)) {
        warning("'str.default': 'le' is NA, so taken as 0", immediate. = TRUE)
        le <- 0
        vec.len <- 0
    }
    nchar.w <- function(x) nchar(x, type = "w", allowNA = TRUE)
    ncharN <- function(x) {
        r <- nchar(x, type = "w", allowNA = TRUE)
        if (anyNA(r)) {
            iN <- is.na(r)
            r[iN] <- nchar(x[iN], type = "bytes")
        }
        r
    }
    maybe_truncate <- function(x, nx = nchar.w(x), S = "\"", ch = "| __truncated__") {
        ok <- if (anyNA(nx)) 
            !is.na(nx)
        else TRUE
        if (any(lrg <- ok & nx > nchar.max)) {
            nc <- nchar(ch <- paste0(S, ch))
            if (nchar.max <= nc) 
                stop(gettextf("'nchar.max = %d' is too small", nchar.max), domain = NA)
            x.lrg <- x[lrg]
            tr.x <- strtrim(x.lrg, nchar.max - nc)
            if (any(ii <- tr.x != x.lrg & paste0(tr.x, S) != x.lrg)) {
                x[lrg][ii] <- paste0(tr.x[ii], ch)
            }
        }
        x
    }
    pClass <- function(cls) paste0("Class", if (length(cls) > 1) 
        "es", " '", paste(cls, collapse = "', '"), "' ")
    nfS <- names(fStr <- formals())
    strSub <- function(obj, ...) {
        nf <- setdiff(nfS, c("object", "give.length", "comp.str", "no.list", names(match.call())[-(1:2)], "..."))
        aList <- as.list(fStr)[nf]
        aList[] <- lapply(nf, function(n) eval(as.name(n)))
        do.call(function(...) str(obj, ...), c(aList, list(...)), quote = TRUE)
    }
    le.str <- if (is.na(le)) 
        " __no length(.)__ "
    else if (give.length) {
        if (le > 0) 
            paste0("[1:", paste(le), "]")
        else "(0)"
    }
    else ""
    v.len <- vec.len
    std.attr <- "names"
    cl <- if ((S4 <- isS4(object))) 
        class(object)
    else oldClass(object)
    has.class <- S4 || !is.null(cl)
    mod <- ""
    char.like <- FALSE
    if (give.attr) 
        a <- attributes(object)
    dCtrl <- eval(formals(deparse)$control)
    if (drop.deparse.attr) 
        dCtrl <- dCtrl[dCtrl != "showAttributes"]
    width.cutoff <- min(500L, max(20L, width - 10L))
    nlines <- deparse.lines %||% (1L + as.integer(max(nchar.max, width.cutoff)/8))
    deParse <- function(.) deparse(., width.cutoff = width.cutoff, control = dCtrl, nlines = nlines)
    n.of. <- function(n, singl, plural) paste(n, ngettext(n, singl, plural))
    n.of <- function(n, noun) n.of.(n, noun, paste0(noun, "s"))
    l.i <- function(i) paste0("[[", i, "]]")
    arrLenstr <- function(obj) {
        rnk <- length(di. <- dim(obj))
        di <- paste0(ifelse(di. > 1, "1:", ""), di., ifelse(di. > 0, "", " "))
        pDi <- function(...) paste(c("[", ..., "]"), collapse = "")
        if (rnk == 1) 
            pDi(di[1L], "(1d)")
        else pDi(paste0(di[-rnk], ", "), di[rnk])
    }
    if (is.ts <- stats::is.ts(object)) 
        str1.ts <- function(o, lestr) {
            tsp.a <- stats::tsp(o)
            paste0(" Time-Series ", lestr, " from ", format(tsp.a[1L]), " to ", format(tsp.a[2L]), ":")
        }
    if (is.null(object)) 
        cat(" NULL\n")
    else if (S4) {
        trygetSlots <- function(x, nms) {
            r <- tryCatch(sapply(nms, methods::slot, object = x, simplify = FALSE), error = conditionMessage)
            if (is.list(r)) 
                r
            else {
                warning("Not a validObject(): ", r, call. = FALSE)
                r <- attributes(x)
                r <- r[names(r) != "class"]
                dp <- list(methods::getDataPart(x, NULL.for.none = TRUE))
                if (!is.null(dp)) 
                  names(dp) <- methods:::.dataSlot(nms)
                c(r, dp)
            }
        }
        if (methods::is(object, "envRefClass")) {
            cld <- tryCatch(object$getClass(), error = function(e) e)
            if (inherits(cld, "error")) {
                cat("Prototypical reference class", " '", paste(cl, collapse = "', '"), "' [package \"", attr(cl, "package"), "\"]\n", sep = "")
                return(invisible())
            }
            nFlds <- names(cld@fieldClasses)
            a <- sapply(nFlds, function(ch) object[[ch]], simplify = FALSE)
            cat("Reference class", " '", paste(cl, collapse = "', '"), "' [package \"", attr(cl, "package"), "\"] with ", n.of(length(a), "field"), "\n", sep = "")
            strSub(a, no.list = TRUE, give.length = give.length, nest.lev = nest.lev + 1)
            meths <- names(cld@refMethods)
            oMeths <- meths[is.na(match(meths, methods:::envRefMethodNames))]
            cat(indent.str, "and ", n.of(length(meths), "method"), sep = "")
            sNms <- names(cld@slots)
            if (lo <- length(oMeths)) {
                cat(", of which", lo, ngettext(lo, "is", "are", domain = NA), " possibly relevant")
                if (is.na(max.level) || nest.lev < max.level) 
                  cat(":", strwrap(paste(sort(oMeths), collapse = ", "), indent = 2, exdent = 2, prefix = indent.str, width = width), sep = "\n")
                else cat("\n")
            }
            if (length(sNms <- sNms[sNms != ".xData"])) {
                cat(" and ", n.of(length(sNms), "slot"), "\n", sep = "")
                sls <- trygetSlots(object, sNms)
                strSub(sls, comp.str = "@ ", no.list = TRUE, give.length = give.length, indent.str = paste(indent.str, ".."), nest.lev = nest.lev + 1)
            }
            else if (lo == 0) 
                cat(".\n")
        }
        else {
            sNms <- methods::.slotNames(object)
            cat("Formal class", " '", paste(cl, collapse = "', '"), "' [package \"", attr(cl, "package"), "\"] with ", n.of(length(sNms), "slot"), "\n", sep = "")
            s <- trygetSlots(object, sNms)
            strSub(s, comp.str = "@ ", no.list = TRUE, give.length = give.length, indent.str = paste(indent.str, ".."), nest.lev = nest.lev + 1)
            if (give.attr && length(nmsa <- setdiff(names(a), c("class", sNms)))) 
                strSub(a[nmsa], no.list = TRUE, give.length = give.length, indent.str = paste(indent.str, ".."), nest.lev = nest.lev + 1)
        }
        return(invisible())
    }
    else if (is.function(object)) {
        cat(if (is.null(ao <- args(object))) 
            deParse(object)
        else {
            dp <- deParse(ao)
            paste(dp[-length(dp)], collapse = "\n")
        }, "\n")
    }
    else if (is.list(object)) {
        i.pl <- is.pairlist(object)
        is.d.f <- is.data.frame(object)
        if (le == 0) {
            if (is.d.f) 
                std.attr <- c(std.attr, "class", "row.names")
            else cat(" ", if (!is.null(names(object))) 
                "Named ", if (i.pl) 
                "pair", "list()\n", sep = "")
        }
        else {
            if (irregCl <- has.class && (length(uncObj <- unclass(object)) != le || identical(object[[1L]], object) || inherits(tryCatch(object[[le]], error = identity), "error"))) {
                le <- length(object <- uncObj)
                std.attr <- c(std.attr, "class")
            }
            if (no.list || (has.class && any(sapply(paste0("str.", cl), function(ob) exists(ob, mode = "function", inherits = TRUE))))) {
                std.attr <- c(std.attr, "class", if (is.d.f) "row.names")
            }
            else {
                cat(if (i.pl) 
                  "Dotted pair list"
                else if (irregCl) 
                  paste(pClass(cl), "hidden list")
                else "List", " of ", as.character(le), "\n", sep = "")
            }
            if (is.na(max.level) || nest.lev < max.level) {
                nms <- names(object)
                if ("promise" %in% (oTypes <- vapply(object, typeof, ""))) {
                  envP <- object
                  if (is.null(nms)) 
                    names(envP) <- rep.int("", le)
                  if (any(zch <- !nzchar(names(envP)["promise" == oTypes]))) 
                    names(envP)[zch] <- l.i(which(zch))
                }
                nam.ob <- if (is.null(nms)) 
                  rep.int("", le)
                else {
                  ncn <- nchar.w(nms)
                  if (anyNA(ncn)) 
                    ncn <- vapply(nms, format.info, 0L)
                  format(nms, width = max(ncn), justify = "left")
                }
                for (i in seq_len(min(list.len, le))) {
                  cat(indent.str, comp.str, nam.ob[i], ":", sep = "")
                  envir <- if (oTypes[[i]] == "promise") {
                    structure(envP, nam = as.name(names(envP)[i]))
                  }
                  strSub(object[[i]], give.length = give.length, nest.lev = nest.lev + 1, indent.str = paste(indent.str, ".."))
                }
                if (list.len < le) 
                  cat(indent.str, "[list output truncated]\n")
            }
        }
    }
    else {
        if (is.factor(object)) {
            nl <- length(lev.att <- levels(object))
            if (!is.character(lev.att)) {
                warning("'object' does not have valid levels()")
                nl <- 0
            }
            else {
                w <- min(max(width/2, 10), 1000)
                if (nl > w) 
                  lev.att <- lev.att[seq_len(w)]
                n.l <- length(lev.att)
                lev.att <- encodeString(lev.att, na.encode = FALSE, quote = "\"")
            }
            ord <- is.ordered(object)
            object <- unclass(object)
            if (nl) {
                lenl <- cumsum(3 + (ncharN(lev.att) - 2))
                ml <- if (n.l <= 1 || lenl[n.l] <= 13) 
                  n.l
                else which.max(lenl > 13)
                lev.att <- maybe_truncate(lev.att[seq_len(ml)])
            }
            else ml <- length(lev.att <- "")
            lsep <- if (ord) 
                "<"
            else ","
            str1 <- paste0(if (ord) 
                " Ord.f"
            else " F", "actor", if (is.array(object)) 
                arrLenstr(object), " w/ ", nl, " level", if (nl != 1) 
                "s", if (nl) 
                " ", if (nl) 
                paste0(lev.att, collapse = lsep), if (ml < nl) 
                paste0(lsep, ".."), ":")
            std.attr <- c("levels", "class", if (is.array(object)) "dim")
        }
        else if (is.ts) {
            str1 <- str1.ts(object, if (isA <- is.array(object)) 
                arrLenstr(object)
            else le.str)
            std.attr <- c("tsp", "class", if (isA) "dim")
        }
        else if (is.vector(object) || is.atomic(object) || (is.language(object) && !is.expression(object) && !any(cl == "formula"))) {
            if (is.atomic(object)) {
                mod <- substr(mode(object), 1, 4)
                if (mod == "nume") 
                  mod <- if (is.integer(object)) 
                    "int"
                  else "num"
                else if (mod == "char") {
                  mod <- "chr"
                  char.like <- TRUE
                }
                else if (mod == "comp") 
                  mod <- "cplx"
                if (is.array(object)) {
                  le.str <- arrLenstr(object)
                  if (m <- match("AsIs", cl, 0L)) 
                    oldClass(object) <- cl[-m]
                  std.attr <- "dim"
                }
                else if (!is.null(names(object))) {
                  mod <- paste("Named", mod)
                  std.attr <- std.attr[std.attr != "names"]
                }
                if (has.class) {
                  cl <- cl[1L]
                  if (cl != mod && substr(cl, 1L, nchar(mod)) != mod) 
                    mod <- paste0("'", cl, "' ", mod)
                  std.attr <- c(std.attr, "class")
                }
                str1 <- if (le == 1 && !is.array(object)) 
                  paste(NULL, mod)
                else paste0(" ", mod, if (le > 0) 
                  " ", le.str)
            }
            else {
                mod <- typeof(object)
                str1 <- switch(mod, call = " call", language = " language", symbol = " symbol", expression = " ", name = " name", paste("\t\t#>#>", mod, NULL))
            }
        }
        else if (typeof(object) %in% c("externalptr", "weakref", "environment", "bytecode")) {
            if (has.class) 
                cat(pClass(cl))
            le <- v.len <- 0
            str1 <- if (is.environment(object)) 
                format(object)
            else paste0("<", typeof(object), ">")
            has.class <- TRUE
            std.attr <- "class"
        }
        else if (has.class) {
            cat("Class", if (length(cl) > 1) 
                "es", " '", paste(cl, collapse = "', '"), "' ", sep = "")
            uo <- unclass(object)
            if (!is.null(attributes(uo)$class)) {
                xtr <- c(if (identical(uo, object)) {
                  class(uo) <- NULL
                  "unclass()-immune"
                } else if (!is.object(object)) "not-object")
                if (!is.null(xtr)) 
                  cat("{", xtr, "} ", sep = "")
            }
            strSub(uo, indent.str = paste(indent.str, ".."), nest.lev = nest.lev + 1)
            return(invisible())
        }
        else if (is.atomic(object)) {
            if ((1 == length(a <- attributes(object))) && (names(a) == "names")) 
                str1 <- paste(" Named vector", le.str)
            else {
                str1 <- paste(" atomic", le.str)
            }
        }
        else if (typeof(object) == "promise") {
            cat(" promise to ")
            objExp <- if (is.null(envir) || is.null(nam <- attr(envir, "nam"))) 
                substitute(.x., as.environment(list(.x. = object)))
            else eval(bquote(substitute(.(nam), envir)))
            strSub(objExp)
            return(invisible())
        }
        else {
            str1 <- paste("length", le)
        }
        if ((is.language(object) || !is.atomic(object)) && !has.class) {
            mod <- mode(object)
            give.mode <- FALSE
            trimEnds <- function(ch) sub(" +$", "", sub("^ +", " ", ch))
            if (any(mod == c("call", "language", "(", "symbol")) || is.environment(object)) {
                if (mod == "(") 
                  give.mode <- TRUE
                typ <- typeof(object)
                object <- deParse(object)
                le <- length(object)
                format.fun <- function(x) x
                v.len <- round(0.5 * v.len)
                if (le > 1 && typ == "language" && object[1L] == "{" && object[le] == "}") {
                  v.len <- v.len + 2
                  if (le >= 3) {
                    object <- c(object[1L], paste(trimEnds(object[2:(le - 1)]), collapse = ";"), object[le])
                    le <- length(object)
                  }
                }
            }
            else if (mod == "expression") {
                format.fun <- function(x) trimEnds(deParse(as.expression(x)))
                v.len <- round(0.75 * v.len)
            }
            else if (mod == "name") {
                object <- paste(object)
            }
            else if (mod == "argument") {
                format.fun <- deParse
            }
            else {
                if (mod == "...") {
                  format.fun <- function(x) {
                    le <- length(x)
                    hasNm <- nzchar(nm <- names(x) %||% rep.int("", le))
                    nm[hasNm] <- paste0(nm[hasNm], "=")
                    paste0("(", paste(paste0(nm, "*"), collapse = ", "), ")")
                  }
                }
                give.mode <- TRUE
            }
            if (give.mode) 
                str1 <- paste0(str1, ", mode \"", mod, "\":")
        }
        else if (is.logical(object)) {
            v.len <- 1.5 * v.len
            format.fun <- formatNum
        }
        else if (is.numeric(object)) {
            iv.len <- round(2.5 * v.len)
            if (iSurv <- inherits(object, "Surv")) 
                std.attr <- c(std.attr, "class")
            int.surv <- iSurv || is.integer(object)
            if (!int.surv) {
                ob <- if (le > iv.len) 
                  object[seq_len(iv.len)]
                else object
                ao <- abs(ob <- unclass(ob[!is.na(ob)]))
            }
            else if (iSurv) {
                nc <- ncol(object)
                le <- length(object <- as.character(object))
            }
            if (int.surv || (all(ao > 1e-10 | ao == 0) && all(ao < 1e+10 | ao == 0) && all(abs(ob - signif(ob, digits.d)) <= 9e-16 * ao))) {
                if (!iSurv || nc == 2L) 
                  v.len <- iv.len
                format.fun <- formatNum
            }
            else {
                v.len <- round(1.25 * v.len)
                format.fun <- formatNum
            }
        }
        else if (is.complex(object)) {
            v.len <- round(0.75 * v.len)
            format.fun <- formatNum
        }
        if (char.like) {
            max.len <- max(100L, width%/%3L + 1L, if (!missing(vec.len)) vec.len)
            if (le > max.len) 
                le <- length(object <- object[seq_len(max.len)])
            trimWidth <- as.integer(nchar.max)
            encObj <- tryCatch(strtrim(object, trimWidth), error = function(e) NULL)
            encObj <- if (is.null(encObj)) {
                e <- encodeString(object, quote = "\"", na.encode = FALSE)
                r <- tryCatch(strtrim(e, trimWidth), error = function(.) NULL)
                if (is.null(r)) 
                  e
                else r
            }
            else encodeString(encObj, quote = "\"", na.encode = FALSE)
            if (le > 0) 
                encObj <- maybe_truncate(encObj)
            v.len <- if (missing(vec.len)) {
                max(1, sum(cumsum(1 + if (le > 0) ncharN(encObj) else 0) < width - (4 + 5 * nest.lev + nchar(str1, type = "w"))))
            }
            else round(v.len)
            ile <- min(le, v.len)
            if (ile >= 1) 
                object <- encObj[seq_len(ile)]
            formObj <- function(x) paste(as.character(x), collapse = " ")
        }
        else {
            if (!exists("format.fun")) 
                format.fun <- if (mod == "num" || mod == "cplx") 
                  format
                else as.character
            ile <- min(v.len, le)
            formObj <- function(x) maybe_truncate(paste(format.fun(x), collapse = " "), S = "")
        }
        cat(if (give.head) 
            paste0(str1, " "), formObj(if (ile >= 1 && mod != "...") 
            object[seq_len(ile)]
        else if (v.len > 0) 
            object), if (le > v.len) 
            " ...", "\n", sep = "")
    }
    if (give.attr) {
        nam <- names(a)
        give.L <- give.length || identical(attr(give.length, "from"), "data.frame")
        for (i in seq_along(a)) if (all(nam[i] != std.attr)) {
            cat(indent.str, paste0("- attr(*, \"", nam[i], "\")="), sep = "")
            strSub(a[[i]], give.length = give.L, indent.str = paste(indent.str, ".."), nest.lev = nest.lev + 1)
        }
    }
    invisible()
}
#@ closure internal str.hashtab
function (object, ...) 
cat(sprintf("class 'hashtab': %d entries; type=\"%s\", addr=%s", numhash(object), typhash(object), format(unclass(object)[[1]])), "\n")
#@ closure internal str.POSIXt
function (object, ...) 
{
    cl <- oldClass(object)
    n <- length(object)
    if (n == 0L) 
        return(str.default(object))
    if (n > 1000L) 
        object <- object[seq_len(1000L)]
    give.length <- TRUE
    if (length(larg <- list(...))) {
        nl <- names(larg)
        which.head <- which(nl == "give.head")
        if (any(Bgl <- nl == "give.length")) 
            give.length <- larg[[which(Bgl)]]
        else if (length(which.head)) 
            give.length <- larg[[which.head]]
        if (length(which.head)) 
            larg <- larg[-which.head]
        if (is.numeric(larg[["nest.lev"]]) && is.numeric(larg[["vec.len"]])) 
            larg[["vec.len"]] <- min(larg[["vec.len"]], (larg[["width"]] - nchar(larg[["indent.str"]]) - 31)%/%19)
    }
    le.str <- if (give.length) 
        paste0("[1:", as.character(n), "]")
    cat(" ", cl[1L], le.str, ", format: ", sep = "")
    str.f.obj <- function(...) str(format(object), ...)
    do.call(str.f.obj, c(list(give.head = FALSE), larg))
}
#@ closure internal str2logical
function (x) 
{
    if (!is.character(x)) 
        x <- as.character(x)
    if (!is.na(v <- as.logical(x))) 
        return(v)
    v <- tolower(x)
    if (v %in% c("1", "yes")) 
        TRUE
    else if (v %in% c("0", "no")) 
        FALSE
    else {
        warning(gettextf("cannot coerce %s to logical", sQuote(x)), domain = NA)
        NA
    }
}
#@ closure exported strcapture
function (pattern, x, proto, perl = FALSE, useBytes = FALSE) 
{
    m <- regexec(pattern, x, perl = perl, useBytes = useBytes)
    str <- regmatches(x, m)
    ntokens <- length(proto) + 1L
    nomatch <- lengths(str) == 0L
    str[nomatch] <- list(rep.int(NA_character_, ntokens))
    if (length(str) > 0L && length(str[[1L]]) != ntokens) {
        stop("The number of captures in 'pattern' != 'length(proto)'")
    }
    mat <- matrix(as.character(unlist(str)), ncol = ntokens, byrow = TRUE)[, -1L, drop = FALSE]
    conformToProto(mat, proto)
}
#@ closure internal strextract
function (pattern, x, perl = FALSE, useBytes = FALSE) 
{
    m <- regexec(pattern, x, perl = perl, useBytes = useBytes)
    unlist(regmatches(x, m))
}
#@ closure exported strOptions
function (strict.width = "no", digits.d = 3L, vec.len = 4L, list.len = 99L, deparse.lines = NULL, drop.deparse.attr = TRUE, formatNum = function(x, ...) format(x, trim = TRUE, drop0trailing = TRUE, ...)) 
list(strict.width = strict.width, digits.d = digits.d, vec.len = vec.len, list.len = list.len, deparse.lines = deparse.lines, drop.deparse.attr = drop.deparse.attr, formatNum = match.fun(formatNum))
#@ closure internal strslice
function (x, split, proto, fixed = FALSE, perl = FALSE, useBytes = FALSE) 
{
    str <- strsplit(x, split, fixed = fixed, perl = perl, useBytes = useBytes)
    ntokens <- length(proto)
    if (length(str) > 0L) {
        if (length(str[[1L]]) != ntokens) {
            stop("The number of tokens != 'length(proto)'")
        }
        else if (length(unique(lengths(str))) > 1L) {
            stop("The number of tokens is not consistent across 'x'")
        }
    }
    mat <- matrix(as.character(unlist(str)), ncol = ntokens, byrow = TRUE)
    conformToProto(mat, proto)
}
#@ closure internal subset.news_db
function (x, subset, ...) 
{
    do.call(news, list(substitute(subset), db = x))
}
#@ closure internal substr_with_tabs
function (x, start, stop, tabsize = 8) 
{
    widths <- rep_len(1, nchar(x))
    tabs <- which(strsplit(x, "")[[1]] == "\t")
    for (i in tabs) {
        cols <- cumsum(widths)
        widths[i] <- tabsize - (cols[i] - 1)%%tabsize
    }
    cols <- cumsum(widths)
    start <- which(cols >= start)
    if (!length(start)) 
        return("")
    start <- start[1]
    stop <- which(cols <= stop)
    if (length(stop)) {
        stop <- stop[length(stop)]
        substr(x, start, stop)
    }
    else ""
}
#@ closure internal summary.aspell
function (object, ...) 
{
    words <- sort(unique(object$Original))
    if (length(words)) {
        writeLines("Possibly misspelled words:")
        print(words)
    }
    invisible(words)
}
#@ closure internal summary.packageStatus
function (object, ...) 
{
    Libs <- levels(object$inst$LibPath)
    Repos <- levels(object$avail$Repository)
    Libs <- lapply(split(object$inst, object$inst$LibPath), function(x) tapply(x$Package, x$Status, function(x) sort(as.character(x)), simplify = FALSE))
    Repos <- lapply(split(object$avail, object$avail$Repository), function(x) tapply(x$Package, x$Status, function(x) sort(as.character(x)), simplify = FALSE))
    object$Libs <- Libs
    object$Repos <- Repos
    class(object) <- c("summary.packageStatus", "packageStatus")
    object
}
#@ closure internal Summary.roman
function (x, ..., na.rm = TRUE) 
{
    if (.Generic %in% c("any", "all")) 
        NextMethod(.Generic)
    else as.roman(NextMethod(.Generic))
}
#@ closure exported summaryRprof
function (filename = "Rprof.out", chunksize = 5000, memory = c("none", "both", "tseries", "stats"), lines = c("hide", "show", "both"), index = 2, diff = TRUE, exclude = NULL, basenames = 1) 
{
    con <- file(filename, "rt")
    on.exit(close(con))
    firstline <- readLines(con, n = 1L)
    if (!length(firstline)) 
        stop(gettextf("no lines found in %s", sQuote(filename)), domain = NA)
    sample.interval <- as.numeric(strsplit(firstline, "=")[[1L]][2L])/1e+06
    memory.profiling <- startsWith(firstline, "memory")
    line.profiling <- grepl("line profiling", firstline)
    if (line.profiling) 
        filenames <- character(0)
    memory <- match.arg(memory)
    if (memory != "none" && !memory.profiling) 
        stop("profile does not contain memory information")
    if (memory == "tseries") 
        return(Rprof_memory_summary(con, chunksize = chunksize, label = index, diff = diff, exclude = exclude, sample.interval = sample.interval))
    else if (memory == "stats") 
        return(Rprof_memory_summary(con, chunksize = chunksize, aggregate = index, diff = diff, exclude = exclude, sample.interval = sample.interval))
    lines <- match.arg(lines)
    if (lines != "hide" && !line.profiling) 
        stop("profile does not contain line information")
    fnames <- NULL
    ucounts <- NULL
    fcounts <- NULL
    memcounts <- NULL
    umem <- NULL
    repeat {
        chunk <- readLines(con, n = chunksize)
        if (line.profiling) {
            filenamelines <- grep("^#File [0-9]+: ", chunk)
            if (length(filenamelines)) {
                fnum <- as.integer(sub("^#File ([0-9]+): .*", "\\1", chunk[filenamelines]))
                filenames[fnum] <- sub("^#File [0-9]+: ", "", chunk[filenamelines])
                if (basenames) {
                  dirnames <- dirname(filenames[fnum])
                  filenames[fnum] <- basename(filenames[fnum])
                  for (i in seq_len(basenames - 1)) {
                    tail <- basename(dirnames)
                    filenames[fnum] <- ifelse(tail == ".", filenames[fnum], paste0(tail, "/", filenames[fnum]))
                    parent <- dirname(dirnames)
                    dirnames <- ifelse(dirnames == parent, ".", parent)
                  }
                }
                chunk <- chunk[-filenamelines]
            }
        }
        if (length(chunk) == 0L) 
            break
        if (memory.profiling) {
            memprefix <- attr(regexpr(":[0-9]+:[0-9]+:[0-9]+:[0-9]+:", chunk), "match.length")
            if (memory == "both") {
                memstuff <- substr(chunk, 2L, memprefix - 1L)
                memcounts <- pmax(apply(vapply(strsplit(memstuff, ":"), as.numeric, numeric(4L)), 1L, diff), 0)
                if (!is.matrix(memcounts)) 
                  memcounts <- matrix(memcounts, nrow = 1)
                memcounts <- c(0, rowSums(cbind(memcounts[, 1L:2L, drop = FALSE] * 8, memcounts[, 3L, drop = FALSE])))
            }
            chunk <- substr(chunk, memprefix + 1L, nchar(chunk, "c"))
            if (any((nc <- nchar(chunk, "c")) == 0L)) {
                chunk <- chunk[nc > 0L]
                memcounts <- memcounts[nc > 0L]
            }
            if (!length(chunk)) 
                next
        }
        chunk <- strsplit(chunk, " ")
        if (line.profiling) 
            chunk <- lapply(chunk, function(x) {
                locations <- !startsWith(x, "\"")
                if (lines != "hide") {
                  fnum <- sub("#.*", "", x[locations])
                  lnum <- sub(".*#", "", x[locations])
                  x[locations] <- paste0(filenames[as.integer(fnum)], "#", lnum)
                }
                if (lines != "both") 
                  x <- x[switch(lines, hide = !locations, show = locations)]
                if (length(x)) 
                  x
                else "<no location>"
            })
        newfirsts <- vapply(chunk, `[[`, "char", 1L)
        newuniques <- lapply(chunk, unique)
        ulen <- lengths(newuniques)
        newuniques <- unlist(newuniques)
        new.utable <- table(newuniques)
        new.ftable <- table(factor(newfirsts, levels = names(new.utable)))
        if (memory == "both") 
            new.umem <- rowsum(memcounts[rep.int(seq_along(memcounts), ulen)], newuniques)
        fcounts <- rowsum(c(as.vector(new.ftable), fcounts), c(names(new.ftable), fnames))
        ucounts <- rowsum(c(as.vector(new.utable), ucounts), c(names(new.utable), fnames))
        if (memory == "both") 
            umem <- rowsum(c(new.umem, umem), c(names(new.utable), fnames))
        fnames <- sort(unique(c(fnames, names(new.utable))))
    }
    firstnum <- fcounts * sample.interval
    uniquenum <- ucounts * sample.interval
    index1 <- order(-firstnum, -uniquenum)
    index2 <- order(-uniquenum, -firstnum)
    if (lines == "show") {
        filename <- sub("#.*$", "", fnames)
        linenum <- rep.int(0, length(filename))
        hasline <- filename != fnames
        linenum[hasline] <- as.numeric(sub("^.*#", "", fnames[hasline]))
        index3 <- order(filename, linenum)
    }
    firstpct <- round(100 * firstnum/sum(firstnum), 2)
    uniquepct <- round(100 * uniquenum/sum(firstnum), 2)
    digits <- ifelse(sample.interval < 0.01, 3L, 2L)
    firstnum <- round(firstnum, digits)
    uniquenum <- round(uniquenum, digits)
    if (memory == "both") 
        memtotal <- round(umem/1048576, 1)
    rval <- data.frame(firstnum, firstpct, uniquenum, uniquepct)
    names(rval) <- c("self.time", "self.pct", "total.time", "total.pct")
    rownames(rval) <- fnames
    if (memory == "both") 
        rval$mem.total <- memtotal
    by.self <- rval[index1, ]
    by.self <- by.self[by.self[, 1L] > 0, ]
    by.total <- rval[index2, c(3L, 4L, if (memory == "both") 5L, 1L, 2L)]
    result <- list(by.self = by.self, by.total = by.total)
    if (lines == "show") 
        result <- c(result, list(by.line = rval[index3, ]))
    c(result, sample.interval = sample.interval, sampling.time = sum(fcounts) * sample.interval)
}
#@ closure exported suppressForeignCheck
function (names, package, add = TRUE) 
registerNames(names, package, ".__suppressForeign__", add)
#@ closure exported Sweave
function (file, driver = RweaveLatex(), syntax = getOption("SweaveSyntax"), encoding = "", ...) 
{
    if (is.character(driver)) 
        driver <- get(driver, mode = "function")()
    else if (is.function(driver)) 
        driver <- driver()
    if (is.null(syntax)) 
        syntax <- SweaveGetSyntax(file)
    if (is.character(syntax)) 
        syntax <- get(syntax, mode = "list")
    if (.Platform$OS.type == "windows") 
        file <- chartr("\\", "/", file)
    text <- SweaveReadFile(file, syntax, encoding = encoding)
    attr(file, "encoding") <- encoding <- attr(text, "encoding")
    srcFilenames <- attr(text, "files")
    srcFilenum <- attr(text, "srcFilenum")
    srcLinenum <- attr(text, "srcLinenum")
    drobj <- driver$setup(file = file, syntax = syntax, ...)
    on.exit(driver$finish(drobj, error = TRUE))
    syntax <- attr(text, "syntax")
    if (!is.na(envopts <- Sys.getenv("SWEAVE_OPTIONS", NA))) 
        drobj$options <- SweaveParseOptions(envopts, drobj$options, driver$checkopts)
    drobj$filename <- file
    mode <- "doc"
    chunknr <- 0L
    chunk <- NULL
    chunkopts <- NULL
    namedchunks <- list()
    prevfilenum <- 0L
    prevlinediff <- 0L
    for (linenum in seq_along(text)) {
        line <- text[linenum]
        filenum <- srcFilenum[linenum]
        linediff <- srcLinenum[linenum] - linenum
        if (nzchar(Sys.getenv("R_DEBUG_Sweave"))) {
            cat(sprintf("l.%3d: %30s -'%4s'- ", linenum, substr(line, 1, 30), mode))
            cat(sprintf("%16s\n", system(paste("ls -s", summary(drobj$output)$description), intern = TRUE)))
        }
        if (length(grep(syntax$doc, line))) {
            if (mode == "doc") {
                if (!is.null(chunk)) 
                  drobj <- driver$writedoc(drobj, chunk)
            }
            else {
                if (!is.null(chunkopts$label)) 
                  namedchunks[[chunkopts$label]] <- chunk
                if (!is.null(chunk)) 
                  drobj <- driver$runcode(drobj, chunk, chunkopts)
                mode <- "doc"
            }
            chunk <- NULL
        }
        else if (length(grep(syntax$code, line))) {
            if (mode == "doc") {
                if (!is.null(chunk)) 
                  drobj <- driver$writedoc(drobj, chunk)
            }
            else {
                if (!is.null(chunkopts$label)) 
                  namedchunks[[chunkopts$label]] <- chunk
                if (!is.null(chunk)) 
                  drobj <- driver$runcode(drobj, chunk, chunkopts)
            }
            mode <- "code"
            chunkopts <- sub(syntax$code, "\\1", line)
            chunkopts <- SweaveParseOptions(chunkopts, drobj$options, driver$checkopts)
            file <- srcFilenames[filenum]
            chunk <- paste0("#line ", linenum + linediff + 1L, " \"", basename(file), "\"")
            attr(chunk, "srclines") <- linenum + linediff
            attr(chunk, "srcFilenum") <- filenum
            attr(chunk, "srcFilenames") <- srcFilenames
            chunknr <- chunknr + 1L
            chunkopts$chunknr <- chunknr
        }
        else {
            if (mode == "code" && length(grep(syntax$coderef, line))) {
                chunkref <- sub(syntax$coderef, "\\1", line)
                if (!(chunkref %in% names(namedchunks))) {
                  warning(gettextf("reference to unknown chunk %s", sQuote(chunkref)), call. = TRUE, domain = NA)
                  next
                }
                else {
                  file <- srcFilenames[filenum]
                  line <- c(namedchunks[[chunkref]], paste0("#line ", linenum + linediff + 1L, " \"", basename(file), "\""))
                }
            }
            if (mode == "code" && (prevfilenum != filenum || prevlinediff != linediff)) {
                file <- srcFilenames[filenum]
                line <- c(paste0("#line ", linenum + linediff, " \"", basename(file), "\""), line)
            }
            srclines <- c(attr(chunk, "srclines"), rep.int(linenum + linediff, length(line)))
            srcfilenum <- c(attr(chunk, "srcFilenum"), rep.int(filenum, length(line)))
            chunk <- c(chunk, line)
            attr(chunk, "srclines") <- srclines
            attr(chunk, "srcFilenum") <- srcfilenum
            attr(chunk, "srcFilenames") <- srcFilenames
        }
        prevfilenum <- filenum
        prevlinediff <- linediff
    }
    if (!is.null(chunk)) {
        drobj <- if (mode == "doc") 
            driver$writedoc(drobj, chunk)
        else driver$runcode(drobj, chunk, chunkopts)
    }
    on.exit()
    drobj$srcFilenames <- srcFilenames
    driver$finish(drobj)
}
#@ closure internal SweaveGetSyntax
function (file) 
{
    synt <- apropos("SweaveSyntax", mode = "list")
    for (sname in synt) {
        s <- get(sname, mode = "list")
        if (!identical(class(s), "SweaveSyntax")) 
            next
        if (length(grep(s$extension, file))) 
            return(s)
    }
    SweaveSyntaxNoweb
}
#@ closure exported SweaveHooks
function (options, run = FALSE, envir = .GlobalEnv) 
{
    if (is.null(SweaveHooks <- getOption("SweaveHooks"))) 
        return(NULL)
    z <- character()
    for (k in names(SweaveHooks)) if (nzchar(k) && is.logical(options[[k]]) && options[[k]]) 
        if (is.function(SweaveHooks[[k]])) {
            z <- c(z, k)
            if (run) 
                eval(SweaveHooks[[k]](), envir = envir)
        }
    z
}
#@ closure internal SweaveParseOptions
function (text, defaults = list(), check = NULL) 
{
    x <- sub("^[[:space:]]*(.*)", "\\1", text)
    x <- sub("(.*[^[:space:]])[[:space:]]*$", "\\1", x)
    x <- unlist(strsplit(x, "[[:space:]]*,[[:space:]]*"))
    x <- strsplit(x, "[[:space:]]*=[[:space:]]*")
    if (length(x)) {
        if (length(x[[1L]]) == 1L) 
            x[[1L]] <- c("label", x[[1L]])
    }
    else return(defaults)
    if (any(lengths(x) != 2L)) 
        stop(gettextf("parse error or empty option in\n%s", text), domain = NA)
    options <- defaults
    for (k in seq_along(x)) options[[x[[k]][1L]]] <- x[[k]][2L]
    if (!is.null(options[["label"]]) && !is.null(options[["engine"]])) 
        options[["label"]] <- sub(paste0("\\.", options[["engine"]], "$"), "", options[["label"]])
    if (!is.null(check)) 
        check(options)
    else options
}
#@ closure internal SweaveReadFile
function (file, syntax, encoding = "") 
{
    f <- file[1L]
    bf <- basename(f)
    df <- dirname(f)
    if (!file.exists(f)) {
        f <- list.files(df, full.names = TRUE, pattern = paste0(bf, syntax$extension))
        if (length(f) == 0L) 
            stop(gettextf("no Sweave file with name %s found", sQuote(file[1L])), domain = NA)
        else if (length(f) > 1L) 
            stop(paste(sprintf(ngettext(length(f), "%d Sweave file for basename %s found", "%d Sweave files for basename %s found", domain = "R-utils"), length(f), sQuote(file[1L])), paste(":\n         ", f, collapse = "")), domain = NA)
    }
    text <- readLines(f[1L], warn = FALSE)
    srcLinenum <- seq_along(text)
    if (encoding != "bytes") {
        enc <- tools:::.getVignetteEncoding(text, default = if (identical(encoding, "")) 
            NA
        else encoding)
        if (enc == "non-ASCII") {
            enc <- if (nzchar(encoding)) {
                encoding
            }
            else {
                stop(sQuote(basename(file)), " is not ASCII and does not declare an encoding", domain = NA, call. = FALSE)
            }
        }
        else if (enc == "unknown") {
            stop(sQuote(basename(file)), " declares an encoding that Sweave does not know about", domain = NA, call. = FALSE)
        }
        if (enc == "UTF-8") 
            Encoding(text) <- enc
        else {
            if (nzchar(enc)) 
                text <- iconv(text, enc, "")
            else enc <- "ASCII"
        }
    }
    else enc <- "bytes"
    pos <- grep(syntax$syntaxname, text)
    if (length(pos) > 1L) 
        warning(gettextf("more than one syntax specification found, using the first one"), domain = NA)
    if (length(pos) > 0L) {
        sname <- sub(syntax$syntaxname, "\\1", text[pos[1L]])
        syntax <- get(sname, mode = "list")
        if (!identical(class(syntax), "SweaveSyntax")) 
            stop(gettextf("object %s does not have class \"SweaveSyntax\"", sQuote(sname)), domain = NA)
        text <- text[-pos]
        srcLinenum <- srcLinenum[-pos]
    }
    srcFilenum <- rep_len(1, length(srcLinenum))
    if (!is.null(syntax$input)) {
        while (length(pos <- grep(syntax$input, text))) {
            pos <- pos[1L]
            ifile <- file.path(df, sub(syntax$input, "\\1", text[pos]))
            if (any(ifile == file)) {
                stop(paste(gettextf("recursive Sweave input %s in stack", sQuote(ifile)), paste("\n         ", seq_len(file), ": ", rev(file), collapse = "")), domain = NA)
            }
            itext <- SweaveReadFile(c(ifile, file), syntax, encoding = encoding)
            pre <- seq_len(pos - 1L)
            post <- seq_len(length(text) - pos) + pos
            text <- c(text[pre], itext, text[post])
            srcLinenum <- c(srcLinenum[pre], attr(itext, "srcLinenum"), srcLinenum[post])
            srcFilenum <- c(srcFilenum[pre], attr(itext, "srcFilenum") + length(f), srcFilenum[post])
            f <- c(f, attr(itext, "files"))
        }
    }
    attr(text, "syntax") <- syntax
    attr(text, "files") <- f
    attr(text, "encoding") <- enc
    attr(text, "srcLinenum") <- srcLinenum
    attr(text, "srcFilenum") <- srcFilenum
    text
}
#@ value exported SweaveSyntaxLatex list
#@ value exported SweaveSyntaxNoweb list
#@ closure exported SweaveSyntConv
function (file, syntax, output = NULL) 
{
    if (is.character(syntax)) 
        syntax <- get(syntax)
    if (!identical(class(syntax), "SweaveSyntax")) 
        stop(gettextf("target syntax not of class %s", dQuote("SweaveSyntax")), domain = NA)
    if (is.null(syntax$trans)) 
        stop("target syntax contains no translation table")
    insynt <- SweaveGetSyntax(file)
    text <- readLines(file)
    if (is.null(output)) 
        output <- sub(insynt$extension, syntax$trans$extension, basename(file))
    TN <- names(syntax$trans)
    for (n in TN) if (n != "extension") 
        text <- gsub(insynt[[n]], syntax$trans[[n]], text)
    cat(text, file = output, sep = "\n")
    cat("Wrote file", output, "\n")
}
#@ closure exported tail
function (x, ...) 
UseMethod("tail")
#@ closure internal tail.array
function (x, n = 6L, keepnums = TRUE, addrownums, ...) 
{
    if (!missing(addrownums)) {
        .Deprecated(msg = gettext("tail(., addrownums = V) is deprecated.\nUse ", "tail(., keepnums = V) instead.\n"))
        if (missing(keepnums)) 
            keepnums <- addrownums
    }
    checkHT(n, d <- dim(x))
    ii <- which(!is.na(n[seq_along(d)]))
    sel <- lapply(ii, function(i) {
        di <- d[i]
        ni <- n[i]
        seq.int(to = di, length.out = if (ni < 0L) max(di + ni, 0L) else min(ni, di))
    })
    args <- rep(alist(x, , drop = FALSE), c(1L, length(d), 1L))
    args[1L + ii] <- sel
    ans <- do.call(`[`, args)
    if (keepnums && length(d) > 1L) {
        jj <- if (!is.null(adnms <- dimnames(ans)[ii])) 
            which(vapply(adnms, is.null, NA))
        else seq_along(ii)
        if (length(jj) > 0) {
            dimnames(ans)[ii[jj]] <- lapply(jj, function(k) {
                if ((dnum <- ii[k]) == 1L) 
                  format(sprintf("[%d,]", sel[[k]]), justify = "right")
                else if (dnum == 2L) 
                  sprintf("[,%d]", sel[[k]])
                else sel[[k]]
            })
        }
    }
    ans
}
#@ closure internal tail.default
function (x, n = 6L, keepnums = FALSE, addrownums, ...) 
{
    checkHT(n, dx <- dim(x))
    if (!is.null(dx)) 
        tail.array(x, n = n, keepnums = keepnums, addrownums = addrownums, ...)
    else if (length(n) == 1L) {
        xlen <- length(x)
        n <- if (n < 0L) 
            max(xlen + n, 0L)
        else min(n, xlen)
        x[seq.int(to = xlen, length.out = n)]
    }
    else stop(gettextf("no method found for %s(., n=%s) and class %s", "tail", deparse(n), sQuote(class(x))), domain = NA)
}
#@ closure internal tail.ftable
function (x, n = 6L, keepnums = FALSE, addrownums, ...) 
{
    if (!missing(addrownums)) {
        .Deprecated(msg = gettext("tail(., addrownums=.) is", " deprecated.\nUse ", "tail(., keepnums=.) instead.\n"))
        if (missing(keepnums)) 
            keepnums <- addrownums
    }
    r <- format(x)
    dimnames(r) <- list(if (!keepnums) rep.int("", nrow(r)), if (!keepnums) rep.int("", ncol(r)))
    noquote(tail.matrix(r, n = n, keepnums = keepnums, ...))
}
#@ closure internal tail.function
function (x, n = 6L, ...) 
{
    checkHT(n, dim(x))
    lines <- as.matrix(deparse(x))
    dimnames(lines) <- list(seq_along(lines), "")
    noquote(tail(lines, n = n))
}
#@ closure exported tail.matrix
function (x, n = 6L, keepnums = TRUE, addrownums, ...) 
{
    if (!missing(addrownums)) {
        .Deprecated(msg = gettext("tail(., addrownums = V) is deprecated.\nUse ", "tail(., keepnums = V) instead.\n"))
        if (missing(keepnums)) 
            keepnums <- addrownums
    }
    checkHT(n, d <- dim(x))
    ii <- which(!is.na(n[seq_along(d)]))
    sel <- lapply(ii, function(i) {
        di <- d[i]
        ni <- n[i]
        seq.int(to = di, length.out = if (ni < 0L) max(di + ni, 0L) else min(ni, di))
    })
    args <- rep(alist(x, , drop = FALSE), c(1L, length(d), 1L))
    args[1L + ii] <- sel
    ans <- do.call(`[`, args)
    if (keepnums && length(d) > 1L) {
        jj <- if (!is.null(adnms <- dimnames(ans)[ii])) 
            which(vapply(adnms, is.null, NA))
        else seq_along(ii)
        if (length(jj) > 0) {
            dimnames(ans)[ii[jj]] <- lapply(jj, function(k) {
                if ((dnum <- ii[k]) == 1L) 
                  format(sprintf("[%d,]", sel[[k]]), justify = "right")
                else if (dnum == 2L) 
                  sprintf("[,%d]", sel[[k]])
                else sel[[k]]
            })
        }
    }
    ans
}
#@ closure exported tar
function (tarfile, files = NULL, compression = c("none", "gzip", "bzip2", "xz"), compression_level = 6, tar = Sys.getenv("tar"), extra_flags = "") 
{
    if (is.character(tarfile)) {
        if (nzchar(tar) && tar != "internal") {
            if (is.null(files)) {
                files <- list.files(all.files = TRUE, full.names = TRUE, include.dirs = TRUE)
                files <- setdiff(files, c("./.", "./.."))
            }
            flags <- switch(match.arg(compression), none = "-cf", gzip = "-zcf", bzip2 = "-jcf", xz = "-Jcf")
            if (grepl("darwin", R.version$os)) {
                tar <- paste("COPYFILE_DISABLE=1", tar)
            }
            if (is.null(extra_flags)) 
                extra_flags <- ""
            nc <- nchar(ff <- paste(shQuote(files), collapse = " "))
            if (nc > 1000 && any(grepl("(GNU tar|libarchive)", tryCatch(system(paste(tar, "--version"), intern = TRUE), error = function(e) "")))) {
                tf <- tempfile("Rtar")
                on.exit(unlink(tf))
                writeLines(files, tf)
                cmd <- paste(tar, extra_flags, flags, shQuote(tarfile), "-T", shQuote(tf))
            }
            else {
                cmd <- paste(tar, extra_flags, flags, shQuote(tarfile), ff)
            }
            return(invisible(system(cmd)))
        }
        if (is.null(files)) 
            files <- "."
        isd <- dir.exists(files)
        files <- c(list.files(files[isd], recursive = TRUE, all.files = TRUE, full.names = TRUE, include.dirs = TRUE), files[!isd])
        con <- switch(match.arg(compression), none = file(tarfile, "wb"), gzip = gzfile(tarfile, "wb", compression = compression_level), bzip2 = bzfile(tarfile, "wb", compression = compression_level), xz = xzfile(tarfile, "wb", compression = compression_level))
        on.exit(close(con))
    }
    else if (inherits(tarfile, "connection")) 
        con <- tarfile
    else stop("'tarfile' must be a character string or a connection")
    GNUname <- function(name, link = FALSE) {
        header <- raw(512L)
        n1 <- charToRaw("ExtendedName")
        header[seq_along(n1)] <- n1
        header[157L] <- charToRaw(ifelse(link, "K", "L"))
        size <- length(name)
        header[125:135] <- charToRaw(sprintf("%011o", as.integer(size)))
        header[149:156] <- charToRaw(" ")
        checksum <- sum(as.integer(header))%%2^24
        header[149:154] <- charToRaw(sprintf("%06o", as.integer(checksum)))
        header[155L] <- as.raw(0L)
        writeBin(header, con)
        writeBin(name, con)
        ssize <- 512L * ceiling(size/512L)
        if (ssize > size) 
            writeBin(raw(ssize - size), con)
    }
    warn1 <- character()
    invalid_uid <- invalid_gid <- FALSE
    for (f in unique(files)) {
        info <- file.info(f)
        if (is.na(info$size)) {
            warning(gettextf("file '%s' not found", f), domain = NA)
            next
        }
        header <- raw(512L)
        if (info$isdir && !endsWith(f, "/")) 
            f <- paste0(f, "/")
        name <- charToRaw(f)
        if (length(name) > 100L) {
            OK <- TRUE
            if (length(name) > 256L) 
                OK <- FALSE
            else {
                m <- length(name)
                s <- max(which(name[1:min(156, m - 1L)] == charToRaw("/")))
                if (is.infinite(s) || s + 100L < length(name)) 
                  OK <- FALSE
            }
            warning("storing paths of more than 100 bytes is not portable:\n  ", sQuote(f), domain = NA)
            if (OK) {
                prefix <- name[1:(s - 1L)]
                name <- name[-(1:s)]
                header[345L + seq_along(prefix)] <- prefix
            }
            else {
                GNUname(name)
                name <- charToRaw("dummy")
                warn1 <- c(warn1, "using GNU extension for long pathname")
            }
        }
        header[seq_along(name)] <- name
        mode <- info$mode
        if (is.null(extra_flags) && grepl("/(configure|cleanup)$", f) && (mode & "111") != as.octmode("111")) {
            warning(gettextf("file '%s' did not have execute permissions: corrected", f), domain = NA, call. = FALSE)
            mode <- mode | "111"
        }
        header[101:107] <- charToRaw(sprintf("%07o", mode))
        uid <- info$uid
        if (!is.null(uid) && !is.na(uid)) {
            if (uid < 0L || uid > 32767L) {
                invalid_uid <- TRUE
                uid <- 32767L
            }
            header[109:115] <- charToRaw(sprintf("%07o", uid))
        }
        gid <- info$gid
        if (!is.null(gid) && !is.na(gid)) {
            if (gid < 0L || gid > 32767L) {
                invalid_gid <- TRUE
                gid <- 32767L
            }
            header[117:123] <- charToRaw(sprintf("%07o", gid))
        }
        header[137:147] <- charToRaw(sprintf("%011o", as.integer(info$mtime)))
        if (info$isdir) 
            header[157L] <- charToRaw("5")
        else {
            lnk <- Sys.readlink(f)
            if (is.na(lnk)) 
                lnk <- ""
            header[157L] <- charToRaw(ifelse(nzchar(lnk), "2", "0"))
            if (nzchar(lnk)) {
                if (nchar(lnk, "b") > 100L) {
                  GNUname(charToRaw(lnk), TRUE)
                  warn1 <- c(warn1, "using GNU extension for long linkname")
                  lnk <- "dummy"
                }
                header[157L + seq_len(nchar(lnk))] <- charToRaw(lnk)
                size <- 0
            }
        }
        size <- ifelse(info$isdir, 0, info$size)
        if (size >= 8^11) 
            stop("file size is limited to 8GB")
        header[125:135] <- .Call(C_octsize, size)
        header[258:262] <- charToRaw("ustar")
        header[264:265] <- charToRaw("0")
        s <- info$uname
        if (!is.null(s) && !is.na(s)) {
            ns <- nchar(s, "b")
            header[265L + (1:ns)] <- charToRaw(s)
        }
        s <- info$grname
        if (!is.null(s) && !is.na(s)) {
            ns <- nchar(s, "b")
            header[297L + (1:ns)] <- charToRaw(s)
        }
        header[149:156] <- charToRaw(" ")
        checksum <- sum(as.integer(header))%%2^24
        header[149:154] <- charToRaw(sprintf("%06o", as.integer(checksum)))
        header[155L] <- as.raw(0L)
        writeBin(header, con)
        if (info$isdir || nzchar(lnk)) 
            next
        inf <- file(f, "rb")
        for (i in seq_len(ceiling(info$size/512L))) {
            block <- readBin(inf, "raw", 512L)
            writeBin(block, con)
            if ((n <- length(block)) < 512L) 
                writeBin(raw(512L - n), con)
        }
        close(inf)
    }
    if (invalid_uid) 
        warning("invalid uid value replaced by that for user 'nobody'", call. = FALSE)
    if (invalid_gid) 
        warning("invalid gid value replaced by that for user 'nobody'", call. = FALSE)
    block <- raw(512L)
    writeBin(block, con)
    writeBin(block, con)
    if (length(warn1)) {
        warn1 <- unique(warn1)
        for (w in warn1) warning(w, domain = NA)
    }
    invisible(0L)
}
#@ closure exported timestamp
function (stamp = date(), prefix = "##------ ", suffix = " ------##", quiet = FALSE) 
{
    stamp <- paste0(prefix, stamp, suffix)
    .External2(C_addhistory, stamp)
    if (!quiet) 
        cat(stamp, sep = "\n")
    invisible(stamp)
}
#@ closure exported toBibtex
function (object, ...) 
UseMethod("toBibtex")
#@ closure internal toBibtex.bibentry
function (object, ...) 
{
    format_author <- function(author) paste(sapply(author, function(p) {
        fnms <- p$family
        only_given_or_family <- (is.null(fnms) || is.null(p$given)) && !(identical(fnms, "others") || identical(p$given, "others"))
        fbrc <- if (length(fnms) > 1L || any(grepl("[[:space:]]", fnms)) || only_given_or_family) 
            c("{", "}")
        else ""
        gbrc <- if (only_given_or_family) 
            c("{", "}")
        else ""
        format(p, include = c("given", "family"), braces = list(given = gbrc, family = fbrc))
    }), collapse = " and ")
    format_bibentry1 <- function(object) {
        object <- unclass(object)[[1L]]
        rval <- paste0("@", attr(object, "bibtype"), "{", attr(object, "key"), ",")
        if ("author" %in% names(object)) 
            object$author <- format_author(object$author)
        if ("editor" %in% names(object)) 
            object$editor <- format_author(object$editor)
        rval <- c(rval, sapply(names(object), function(n) paste0("  ", n, " = {", object[[n]], "},")), "}", "")
        return(rval)
    }
    if (length(object)) {
        object$.index <- NULL
        rval <- head(unlist(lapply(object, format_bibentry1)), -1L)
    }
    else rval <- character()
    class(rval) <- "Bibtex"
    rval
}
#@ closure internal toBibtex.person
function (object, ...) 
{
    object <- sapply(object, function(p) {
        br <- if (is.null(p$family)) 
            c("{", "}")
        else c("", "")
        format(p, include = c("family", "given"), braces = list(given = br, family = c("", ",")))
    })
    paste(object[nzchar(object)], collapse = " and ")
}
#@ closure exported toLatex
function (object, ...) 
UseMethod("toLatex")
#@ closure internal toLatex.sessionInfo
function (object, locale = TRUE, RNG = !identical(object$RNGkind, .RNGdefaults), ...) 
{
    z <- c("\\begin{itemize}\\raggedright", paste0("  \\item ", object$R.version$version.string, ", \\verb|", object$R.version$platform, "|"), if (locale) paste0("  \\item Locale: \\verb|", gsub(";", "|, \\verb|", object$locale, fixed = TRUE), "|"), paste0("  \\item Running under: \\verb|", gsub(";", "|, \\verb|", object$running, fixed = TRUE), "|"), if (RNG) paste0("  \\item Random number generation:", "  \\item RNG:    \\verb|", object$RNGkind[1], "|", "  \\item Normal: \\verb|", object$RNGkind[2], 
        "|", "  \\item Sample: \\verb|", object$RNGkind[3], "|"), paste0("  \\item Matrix products: ", object$matprod))
    blas <- object$BLAS
    if (is.null(blas)) 
        blas <- ""
    lapack <- object$LAPACK
    if (is.null(lapack)) 
        lapack <- ""
    if (blas == lapack && nzchar(blas)) 
        z <- c(z, paste0("  \\item BLAS/LAPACK: \\verb|", blas, "|"))
    else {
        if (nzchar(blas)) 
            z <- c(z, paste0("  \\item BLAS:   \\verb|", blas, "|"))
        if (nzchar(lapack)) 
            z <- c(z, paste0("  \\item LAPACK: \\verb|", lapack, "|"))
    }
    z <- c(z, strwrap(paste("\\item Base packages: ", paste(sort(object$basePkgs), collapse = ", ")), indent = 2, exdent = 4))
    if (length(o.ver <- toLatexPDlist(object$otherPkg))) 
        z <- c(z, strwrap(paste("  \\item Other packages: ", o.ver), indent = 2, exdent = 4))
    if (length(n.ver <- toLatexPDlist(object$loadedOnly))) 
        z <- c(z, strwrap(paste("  \\item Loaded via a namespace (and not attached): ", n.ver), indent = 2, exdent = 4))
    z <- c(z, "\\end{itemize}")
    class(z) <- "Latex"
    z
}
#@ closure internal toLatexPDlist
function (pdList, sep = "~") 
{
    if (length(ver <- vapply(pdList, `[[`, "", "Version"))) {
        ver <- ver[sort(names(ver))]
        paste(names(ver), ver, sep = sep, collapse = ", ")
    }
    else ver
}
#@ closure internal topicName
function (type, topic) 
{
    if ((length(type) == 0L) || (length(topic) == 0L)) 
        character(0L)
    else paste(paste(topic, collapse = ","), type, sep = "-")
}
#@ closure exported txtProgressBar
function (min = 0, max = 1, initial = 0, char = "=", width = NA, title, label, style = 1, file = "") 
{
    if (!identical(file, "") && !(inherits(file, "connection") && isOpen(file))) 
        stop("'file' must be \"\" or an open connection object")
    if (!style %in% 1L:3L) 
        style <- 1
    .val <- initial
    .killed <- FALSE
    .nb <- 0L
    .pc <- -1L
    nw <- nchar(char, "w")
    if (nw == 0) 
        stop("'char' must have a non-zero width")
    if (is.na(width)) {
        width <- getOption("width")
        if (style == 3L) 
            width <- width - 10L
        if (nw > 1) 
            width <- trunc(width/nw)
    }
    if (max <= min) 
        stop("must have 'max' > 'min'")
    up1 <- function(value) {
        if (!is.finite(value) || value < min || value > max) 
            return()
        .val <<- value
        nb <- round(width * (value - min)/(max - min))
        if (.nb < nb) {
            cat(strrep(char, nb - .nb), file = file)
            flush.console()
        }
        else if (.nb > nb) {
            cat("\r", strrep(" ", .nb * nw), "\r", strrep(char, nb), sep = "", file = file)
            flush.console()
        }
        .nb <<- nb
    }
    up2 <- function(value) {
        if (!is.finite(value) || value < min || value > max) 
            return()
        .val <<- value
        nb <- round(width * (value - min)/(max - min))
        if (.nb <= nb) {
            cat("\r", strrep(char, nb), sep = "", file = file)
            flush.console()
        }
        else {
            cat("\r", strrep(" ", .nb * nw), "\r", strrep(char, nb), sep = "", file = file)
            flush.console()
        }
        .nb <<- nb
    }
    up3 <- function(value) {
        if (!is.finite(value) || value < min || value > max) 
            return()
        .val <<- value
        nb <- round(width * (value - min)/(max - min))
        pc <- round(100 * (value - min)/(max - min))
        if (nb == .nb && pc == .pc) 
            return()
        cat(paste0("\r  |", strrep(" ", nw * width + 6)), file = file)
        cat(paste(c("\r  |", rep.int(char, nb), rep.int(" ", nw * (width - nb)), sprintf("| %3d%%", pc)), collapse = ""), file = file)
        flush.console()
        .nb <<- nb
        .pc <<- pc
    }
    getVal <- function() .val
    kill <- function() if (!.killed) {
        cat("\n", file = file)
        flush.console()
        .killed <<- TRUE
    }
    up <- switch(style, up1, up2, up3)
    up(initial)
    structure(list(getVal = getVal, up = up, kill = kill), class = "txtProgressBar")
}
#@ closure exported type.convert
function (x, ...) 
UseMethod("type.convert")
#@ closure internal type.convert.data.frame
function (x, ...) 
{
    for (i in seq_along(x)) x[[i]] <- type.convert(x[[i]], ...)
    x
}
#@ closure internal type.convert.default
function (x, na.strings = "NA", as.is, dec = ".", numerals = c("allow.loss", "warn.loss", "no.loss"), ...) 
{
    if (is.array(x)) 
        storage.mode(x) <- "character"
    else x <- as.character(x)
    if (missing(as.is)) {
        warning("'as.is' should be specified by the caller; using TRUE")
        as.is <- TRUE
    }
    .External2(C_typeconvert, x, na.strings, as.is, dec, match.arg(numerals))
}
#@ closure internal type.convert.list
function (x, ...) 
{
    for (i in seq_along(x)) x[[i]] <- type.convert(x[[i]], ...)
    x
}
#@ closure exported typhash
function (h) 
.External(C_typhash_Ext, h)
#@ closure exported undebugcall
function (call) 
{
    call <- substitute(call)
    .debugcall(call, undebug)
    invisible(NULL)
}
#@ closure internal unique.bibentry
function (x, ...) 
{
    y <- NextMethod("unique")
    class(y) <- class(x)
    y
}
#@ closure internal unlist.relistable
function (x, recursive = TRUE, use.names = TRUE) 
{
    if (!recursive) 
        warning("relist() requires recursively unlisted objects.")
    skeleton <- x
    class(x) <- setdiff(class(x), "relistable")
    result <- unlist(x, recursive, use.names)
    attr(result, "skeleton") <- skeleton
    result
}
#@ closure exported unstack
function (x, ...) 
UseMethod("unstack")
#@ closure internal unstack.data.frame
function (x, form, ...) 
{
    form <- if (missing(form)) 
        stats::formula(x)
    else stats::as.formula(form)
    if (length(form) < 3) 
        stop("'form' must be a two-sided formula")
    res <- c(tapply(eval(form[[2L]], x), eval(form[[3L]], x), as.vector))
    if (length(res) >= 2L && any(diff(lengths(res)) != 0L)) 
        return(res)
    data.frame(res, stringsAsFactors = FALSE)
}
#@ closure internal unstack.default
function (x, form, ...) 
{
    x <- as.list(x)
    form <- stats::as.formula(form)
    if ((length(form) < 3) || (length(all.vars(form)) > 2)) 
        stop("'form' must be a two-sided formula with one term on each side")
    res <- c(tapply(eval(form[[2L]], x), eval(form[[3L]], x), as.vector))
    if (length(res) >= 2L && any(diff(lengths(res)) != 0L)) 
        return(res)
    data.frame(res, stringsAsFactors = FALSE)
}
#@ closure exported untar
function (tarfile, files = NULL, list = FALSE, exdir = ".", compressed = NA, extras = NULL, verbose = FALSE, restore_times = TRUE, support_old_tars = Sys.getenv("R_SUPPORT_OLD_TARS", FALSE), tar = Sys.getenv("TAR")) 
{
    if (inherits(tarfile, "connection") || identical(tar, "internal")) {
        if (!missing(compressed)) 
            warning("argument 'compressed' is ignored for the internal method")
        return(untar2(tarfile, files, list, exdir, restore_times))
    }
    if (!(is.character(tarfile) && length(tarfile) == 1L)) 
        stop("invalid 'tarfile' argument")
    tarfile <- path.expand(tarfile)
    support_old_tars <- isTRUE(as.logical(support_old_tars))
    TAR <- tar
    if (!nzchar(TAR) && .Platform$OS.type == "windows" && nzchar(Sys.which("tar.exe"))) 
        TAR <- "tar.exe"
    if (!nzchar(TAR) || TAR == "internal") 
        return(untar2(tarfile, files, list, exdir))
    cflag <- ""
    if (!missing(compressed)) 
        warning("untar(compressed=) is deprecated", call. = FALSE, domain = NA)
    if (is.character(compressed)) {
        cflag <- switch(match.arg(compressed, c("gzip", "bzip2", "xz")), gzip = "z", bzip2 = "j", xz = "J")
    }
    else if (is.logical(compressed)) {
        if (is.na(compressed) && support_old_tars) {
            magic <- readBin(tarfile, "raw", n = 6L)
            if (all(magic[1:2] == c(31, 139))) 
                cflag <- "z"
            else if (all(magic[1:2] == c(31, 157))) 
                cflag <- "z"
            else if (rawToChar(magic[1:3]) == "BZh") 
                cflag <- "j"
            else if (all(magic[1:6] == c(253, 55, 122, 88, 90, 0))) 
                cflag <- "J"
        }
        else if (isTRUE(compressed)) 
            cflag <- "z"
    }
    else stop("'compressed' must be logical or character")
    if (support_old_tars) {
        if (cflag == "z") 
            if (nzchar(ZIP <- Sys.getenv("R_GZIPCMD"))) {
                TAR <- paste(ZIP, "-dc", shQuote(tarfile), "|", TAR)
                tarfile <- "-"
                cflag <- ""
            }
            else stop(sprintf("No %s command found", sQuote("gzip")))
        if (cflag == "j") 
            if (nzchar(ZIP <- Sys.getenv("R_BZIPCMD"))) {
                TAR <- paste(ZIP, "-dc", shQuote(tarfile), "|", TAR)
                tarfile <- "-"
                cflag <- ""
            }
            else stop(sprintf("No %s command found", sQuote("bzip2")))
        if (cflag == "J") 
            if (nzchar(Sys.which("xz"))) {
                TAR <- paste("xz -dc", shQuote(tarfile), "|", TAR)
                tarfile <- "-"
                cflag <- ""
            }
            else stop(sprintf("No %s command found", sQuote("xz")))
    }
    if (list) {
        cmd <- paste0(TAR, " -", cflag, "tf ", shQuote(tarfile))
        if (length(extras)) 
            cmd <- paste(cmd, extras, collapse = " ")
        if (verbose) 
            message("untar: using cmd = ", sQuote(cmd), domain = NA)
        system(cmd, intern = TRUE)
    }
    else {
        if (!restore_times) 
            cflag <- paste0(cflag, "m")
        cmd <- paste0(TAR, " -", cflag, "xf ", shQuote(tarfile))
        if (!missing(exdir)) {
            if (!dir.exists(exdir)) {
                if (!dir.create(exdir, showWarnings = TRUE, recursive = TRUE)) 
                  stop(gettextf("failed to create directory %s", sQuote(exdir)), domain = NA)
            }
            cmd <- if (.Platform$OS.type == "windows") 
                paste(cmd, "-C", shQuote(gsub("\\", "/", exdir, fixed = TRUE)))
            else paste(cmd, "-C", shQuote(exdir))
        }
        if (length(extras)) 
            cmd <- paste(cmd, extras, collapse = " ")
        if (length(files)) 
            cmd <- paste(cmd, paste(shQuote(files), collapse = " "))
        if (verbose) 
            message("untar: using cmd = ", sQuote(cmd), domain = NA)
        res <- system(cmd)
        if (res) 
            warning(sQuote(cmd), " returned error code ", res, domain = NA)
        invisible(res)
    }
}
#@ closure internal untar2
function (tarfile, files = NULL, list = FALSE, exdir = ".", restore_times = TRUE) 
{
    getOctD <- function(x, offset, len) {
        x <- 0
        for (i in offset + seq_len(len)) {
            z <- block[i]
            if (!as.integer(z)) 
                break
            switch(rawToChar(z), ` ` = {
            }, `0` = , `1` = , `2` = , `3` = , `4` = , `5` = , `6` = , `7` = {
                x <- 8 * x + (as.integer(z) - 48L)
            }, stop("invalid octal digit"))
        }
        x
    }
    getOct <- function(x, offset, len) as.integer(getOctD(x, offset, len))
    checkPath <- function(path) {
        if (.Platform$OS.type == "windows") {
            if (grepl("^[a-zA-Z]:", path)) {
                drv <- sub("^([a-zA-Z]:).*", "\\1", path)
                warning(sprintf("removing drive '%s'", drv))
                path <- sub("^([a-zA-Z]:).*", "", path)
            }
            path <- gsub("\\\\", "/", path)
        }
        if (grepl("^/", path)) {
            warning("removing leading '/'")
            path <- sub("^/+", "", path)
        }
        if (grepl("^~", path)) 
            stop("path starts with '~'")
        parts <- strsplit(path, "/")[[1]]
        if (".." %in% parts) 
            stop("path contains '..'")
        if (length(parts) == 0) 
            stop("path is empty")
        do.call(file.path, as.list(parts))
    }
    mydir.create <- function(path, ..., .checkPath = TRUE) {
        path <- sub("[\\/]$", "", path)
        if (.checkPath) 
            path <- checkPath(path)
        if (dir.exists(path)) 
            return()
        if (!dir.create(path, showWarnings = TRUE, recursive = TRUE, ...)) 
            stop(gettextf("failed to create directory %s", sQuote(path)), domain = NA)
    }
    warn1 <- character()
    if (is.character(tarfile) && length(tarfile) == 1L) {
        con <- gzfile(path.expand(tarfile), "rb")
        on.exit(close(con))
    }
    else if (inherits(tarfile, "connection")) {
        con <- tarfile
    }
    else stop("'tarfile' must be a character string or a connection")
    if (exdir != ".") {
        mydir.create(exdir, .checkPath = FALSE)
        od <- setwd(exdir)
        on.exit(setwd(od), add = TRUE)
    }
    contents <- character()
    llink <- lname <- lsize <- NULL
    repeat {
        block <- readBin(con, "raw", n = 512L)
        if (!length(block)) 
            break
        if (length(block) < 512L) 
            stop(if (is.character(tarfile)) 
                "incomplete block on file"
            else "incomplete block: rather use gzfile(.) created connection?")
        if (all(block == 0)) 
            break
        w <- which(block[1:100] > 0)
        ns <- if (length(w)) 
            max(w)
        else 0
        name <- rawToChar(block[seq_len(ns)])
        magic <- rawToChar(block[258:262])
        if ((magic == "ustar") && block[346L] > 0) {
            ns <- max(which(block[346:500] > 0))
            prefix <- rawToChar(block[345L + seq_len(ns)])
            name <- file.path(prefix, name)
            ns <- nchar(name, "b")
        }
        if (ns <= 0) 
            stop("invalid name field in tarball")
        mode <- as.octmode(getOct(block, 100, 8))
        size <- getOctD(block, 124, 12)
        ts <- getOctD(block, 136, 12)
        ft <- as.POSIXct(as.numeric(ts), origin = "1970-01-01", tz = "UTC")
        csum <- getOct(block, 148, 8)
        block[149:156] <- charToRaw(" ")
        xx <- as.integer(block)
        checksum <- sum(xx)%%2^24
        if (csum != checksum) {
            checksum <- sum(ifelse(xx > 127L, xx - 128L, xx))%%2^24
            if (csum != checksum) 
                warning(gettextf("checksum error for entry '%s'", name), domain = NA)
        }
        type <- block[157L]
        ctype <- rawToChar(type)
        if (type %in% c(0L, 7L) || ctype == "0") {
            if (!is.null(lname)) {
                name <- lname
                lname <- NULL
            }
            if (!is.null(lsize)) {
                size <- lsize
                lsize <- NULL
            }
            contents <- c(contents, name)
            remain <- size
            dothis <- !list
            if (dothis && length(files)) 
                dothis <- name %in% files
            if (dothis) {
                mydir.create(dirname(name))
                out <- file(name, "wb")
            }
            for (i in seq_len(ceiling(size/512L))) {
                block <- readBin(con, "raw", n = 512L)
                if (length(block) < 512L) 
                  stop("incomplete block on file")
                if (dothis) {
                  writeBin(block[seq_len(min(512L, remain))], out)
                  remain <- remain - 512L
                }
            }
            if (dothis) {
                close(out)
                Sys.chmod(name, mode, FALSE)
                if (restore_times) 
                  Sys.setFileTime(name, ft)
            }
        }
        else if (ctype %in% c("1", "2")) {
            contents <- c(contents, name)
            ns <- max(which(block[158:257] > 0))
            name2 <- rawToChar(block[157L + seq_len(ns)])
            if (!is.null(lname)) {
                name <- lname
                lname <- NULL
            }
            if (!is.null(llink)) {
                name2 <- llink
                llink <- NULL
            }
            if (!list) {
                if (ctype == "1") {
                  mydir.create(dirname(name))
                  unlink(name)
                  if (!file.link(name2, name)) {
                    if (file.copy(name2, name)) 
                      warn1 <- c(warn1, "restoring hard link as a file copy")
                    else warning(gettextf("failed to copy %s to %s", sQuote(name2), sQuote(name)), domain = NA)
                  }
                }
                else {
                  if (.Platform$OS.type == "windows") {
                    mydir.create(dirname(name))
                    from <- file.path(dirname(name), name2)
                    if (!file.copy(from, name)) 
                      warning(gettextf("failed to copy %s to %s", sQuote(from), sQuote(name)), domain = NA)
                    else warn1 <- c(warn1, "restoring symbolic link as a file copy")
                  }
                  else {
                    mydir.create(dirname(name))
                    od0 <- setwd(dirname(name))
                    nm <- basename(name)
                    unlink(nm)
                    if (!file.symlink(name2, nm)) {
                      if (file.copy(name2, nm)) 
                        warn1 <- c(warn1, "restoring symbolic link as a file copy")
                      else warning(gettextf("failed to copy %s to %s", sQuote(from), sQuote(name)), domain = NA)
                    }
                    setwd(od0)
                  }
                }
            }
        }
        else if (ctype %in% c("3", "4")) {
            warn1 <- c(warn1, "skipping devices")
        }
        else if (ctype == "5") {
            contents <- c(contents, name)
            if (!list) {
                mydir.create(name)
                Sys.chmod(name, mode, TRUE)
            }
        }
        else if (ctype == "6") {
            warn1 <- c(warn1, "skipping fifos")
        }
        else if (ctype %in% c("L", "K")) {
            name_size <- 512L * ceiling(size/512L)
            block <- readBin(con, "raw", n = name_size)
            if (length(block) < name_size) 
                stop("incomplete block on file")
            ns <- max(which(block > 0))
            if (ctype == "L") 
                lname <- rawToChar(block[seq_len(ns)])
            else llink <- rawToChar(block[seq_len(ns)])
        }
        else if (ctype == "x") {
            isUTF8 <- FALSE
            warn1 <- c(warn1, "using pax extended headers")
            info <- readBin(con, "raw", n = 512L * ceiling(size/512L))
            info <- strsplit(rawToChar(info), "\n", fixed = TRUE)[[1]]
            hcs <- grep("[0-9]* hdrcharset=", info, useBytes = TRUE, value = TRUE)
            if (length(hcs)) {
                hcs <- sub("[0-9]* hdrcharset=", hcs, useBytes = TRUE)
                isUTF8 <- identical(hcs, "ISO-IR 10646 2000 UTF-8")
            }
            path <- grep("[0-9]* path=", info, useBytes = TRUE, value = TRUE)
            if (length(path)) {
                lname <- sub("[0-9]* path=", "", path, useBytes = TRUE)
                if (isUTF8) 
                  Encoding(lname) <- "UTF-8"
            }
            linkpath <- grep("[0-9]* linkpath=", info, useBytes = TRUE, value = TRUE)
            if (length(linkpath)) {
                llink <- sub("[0-9]* linkpath=", "", linkpath, useBytes = TRUE)
                if (isUTF8) 
                  Encoding(llink) <- "UTF-8"
            }
            size <- grep("[0-9]* size=", info, useBytes = TRUE, value = TRUE)
            if (length(size)) 
                lsize <- as.integer(sub("[0-9]* size=", "", size))
        }
        else if (ctype == "g") {
            warn1 <- c(warn1, "skipping pax global extended headers")
            readBin(con, "raw", n = 512L * ceiling(size/512L))
        }
        else stop("unsupported entry type ", sQuote(ctype))
    }
    if (length(warn1)) {
        warn1 <- unique(warn1)
        for (w in warn1) warning(w, domain = NA)
    }
    if (list) 
        contents
    else invisible(0L)
}
#@ closure exported unzip
function (zipfile, files = NULL, list = FALSE, overwrite = TRUE, junkpaths = FALSE, exdir = ".", unzip = "internal", setTimes = FALSE) 
{
    if (identical(unzip, "internal")) {
        if (!list && !missing(exdir)) 
            dir.create(exdir, showWarnings = FALSE, recursive = TRUE)
        res <- .External(C_unzip, zipfile, files, exdir, list, overwrite, junkpaths, setTimes)
        if (list) {
            dates <- as.POSIXct(res[[3]], "%Y-%m-%d %H:%M", tz = "UTC")
            data.frame(Name = res[[1]], Length = res[[2]], Date = dates, stringsAsFactors = FALSE)
        }
        else invisible(attr(res, "extracted"))
    }
    else {
        WINDOWS <- .Platform$OS.type == "windows"
        if (!is.character(unzip) || length(unzip) != 1L || !nzchar(unzip)) 
            stop("'unzip' must be a single character string")
        zipfile <- path.expand(zipfile)
        if (list) {
            res <- if (WINDOWS) 
                system2(unzip, c("-ql", shQuote(zipfile)), stdout = TRUE)
            else system2(unzip, c("-ql", shQuote(zipfile)), stdout = TRUE, env = c("TZ=UTC"))
            l <- length(res)
            res2 <- res[-c(2, l - 1, l)]
            res3 <- gsub(" *([^ ]+) +([^ ]+) +([^ ]+) +(.*)", "\\1 \\2 \\3 \"\\4\"", res2)
            con <- textConnection(res3)
            on.exit(close(con))
            z <- read.table(con, header = TRUE, as.is = TRUE)
            dt <- paste(z$Date, z$Time)
            formats <- if (max(nchar(z$Date) > 8)) 
                c("%Y-%m-%d", "%d-%m-%Y", "%m-%d-%Y")
            else c("%m-%d-%y", "%d-%m-%y", "%y-%m-%d")
            slash <- any(grepl("/", z$Date))
            if (slash) 
                formats <- gsub("-", "/", formats, fixed = TRUE)
            formats <- paste(formats, "%H:%M")
            for (f in formats) {
                zz <- as.POSIXct(dt, tz = "UTC", format = f)
                if (all(!is.na(zz))) 
                  break
            }
            z[, "Date"] <- zz
            z[c("Name", "Length", "Date")]
        }
        else {
            args <- character()
            if (junkpaths) 
                args <- c(args, "-j")
            if (overwrite) 
                args <- c(args, "-oq", shQuote(zipfile))
            else args <- c(args, "-nq", shQuote(zipfile))
            if (length(files)) 
                args <- c(args, shQuote(files))
            if (exdir != ".") 
                args <- c(args, "-d", shQuote(exdir))
            if (WINDOWS) 
                system2(unzip, args, stdout = NULL, stderr = NULL, invisible = TRUE)
            else system2(unzip, args, stdout = NULL, stderr = NULL)
            invisible(NULL)
        }
    }
}
#@ closure exported update.packages
function (lib.loc = NULL, repos = getOption("repos"), contriburl = contrib.url(repos, type), method, instlib = NULL, ask = TRUE, available = NULL, oldPkgs = NULL, ..., checkBuilt = FALSE, type = getOption("pkgType")) 
{
    if (!is.character(type)) 
        stop("invalid 'type'; must be a character string")
    force(ask)
    text.select <- function(old) {
        update <- NULL
        for (k in seq_len(nrow(old))) {
            cat(old[k, "Package"], ":\n", "Version", old[k, "Installed"], "installed in", old[k, "LibPath"], if (checkBuilt) 
                paste("built under R", old[k, "Built"]), "\n", "Version", old[k, "ReposVer"], "available at", simplifyRepos(old[k, "Repository"], type))
            cat("\n")
            answer <- askYesNo("Update?")
            if (is.na(answer)) {
                cat("cancelled by user\n")
                return(invisible())
            }
            if (isTRUE(answer)) 
                update <- rbind(update, old[k, ])
        }
        update
    }
    if (is.null(lib.loc)) 
        lib.loc <- .libPaths()
    if (type == "both" && (!missing(contriburl) || !is.null(available))) {
        stop("specifying 'contriburl' or 'available' requires a single type, not type = \"both\"")
    }
    if (is.null(available)) {
        available <- available.packages(contriburl = contriburl, method = method, ...)
        if (missing(repos)) 
            repos <- getOption("repos")
    }
    if (!is.matrix(oldPkgs) && is.character(oldPkgs)) {
        subset <- oldPkgs
        oldPkgs <- NULL
    }
    else subset <- NULL
    if (is.null(oldPkgs)) {
        oldPkgs <- old.packages(lib.loc = lib.loc, contriburl = contriburl, method = method, available = available, checkBuilt = checkBuilt)
        if (missing(repos)) 
            repos <- getOption("repos")
        if (!is.null(oldPkgs)) {
            pkg <- 0L
            while (pkg < nrow(oldPkgs)) {
                pkg <- pkg + 1L
                if (find.package(oldPkgs[pkg], lib.loc = lib.loc) != find.package(oldPkgs[pkg], lib.loc = oldPkgs[pkg, 2])) {
                  warning(sprintf("package '%s' in library '%s' will not be updated", oldPkgs[pkg], oldPkgs[pkg, 2]), call. = FALSE, immediate. = TRUE)
                  oldPkgs <- oldPkgs[-pkg, , drop = FALSE]
                  pkg <- pkg - 1L
                }
            }
        }
        if (is.null(oldPkgs)) 
            return(invisible())
    }
    else if (!(is.matrix(oldPkgs) && is.character(oldPkgs))) 
        stop("invalid 'oldPkgs'; must be a character vector or a result from old.packages()")
    if (!is.null(subset)) {
        oldPkgs <- oldPkgs[rownames(oldPkgs) %in% subset, , drop = FALSE]
        if (nrow(oldPkgs) == 0) 
            return(invisible())
    }
    update <- if (is.character(ask) && ask == "graphics") {
        if (.Platform$OS.type == "windows" || .Platform$GUI == "AQUA" || (capabilities("tcltk") && capabilities("X11"))) {
            k <- select.list(oldPkgs[, 1L], oldPkgs[, 1L], multiple = TRUE, title = "Packages to be updated", graphics = TRUE)
            oldPkgs[match(k, oldPkgs[, 1L]), , drop = FALSE]
        }
        else text.select(oldPkgs)
    }
    else if (isTRUE(ask)) 
        text.select(oldPkgs)
    else oldPkgs
    if (length(update)) {
        if (is.null(instlib)) 
            instlib <- update[, "LibPath"]
        libs <- unique(instlib)
        for (l in libs) if (type == "both") 
            install.packages(update[instlib == l, "Package"], l, repos = repos, method = method, ..., type = type)
        else install.packages(update[instlib == l, "Package"], l, contriburl = contriburl, method = method, available = available, ..., type = type)
    }
}
#@ closure internal update.packageStatus
function (object, lib.loc = levels(object$inst$LibPath), repositories = levels(object$avail$Repository), ...) 
{
    packageStatus(lib.loc = lib.loc, repositories = repositories)
}
#@ closure exported upgrade
function (object, ...) 
UseMethod("upgrade")
#@ closure internal upgrade.packageStatus
function (object, ask = TRUE, ...) 
{
    update <- NULL
    old <- which(object$inst$Status == "upgrade")
    if (length(old) == 0L) {
        cat("Nothing to do!\n")
        return(invisible())
    }
    askprint <- function(x) write.table(x, row.names = FALSE, col.names = FALSE, quote = FALSE, sep = " at ")
    haveasked <- character()
    if (ask) {
        for (k in old) {
            pkg <- object$inst[k, "Package"]
            tmpstring <- paste(pkg, as.character(object$inst[k, "LibPath"]))
            if (tmpstring %in% haveasked) 
                next
            haveasked <- c(haveasked, tmpstring)
            cat("\n")
            cat(pkg, ":\n")
            askprint(object$inst[k, c("Version", "LibPath")])
            askprint(object$avail[pkg, c("Version", "Repository")])
            answer <- askYesNo("Update?")
            if (is.na(answer)) {
                cat("cancelled by user\n")
                return(invisible())
            }
            if (isTRUE(answer)) 
                update <- rbind(update, c(pkg, as.character(object$inst[k, "LibPath"]), as.character(object$avail[pkg, "Repository"])))
        }
    }
    else {
        pkgs <- object$inst[, "Package"]
        update <- cbind(pkgs, as.character(object$inst[, "LibPath"]), as.character(object$avail[pkgs, "Repository"]))
        update <- update[old, , drop = FALSE]
    }
    if (length(update)) {
        for (repo in unique(update[, 3])) {
            ok <- update[, 3] == repo
            install.packages(update[ok, 1], update[ok, 2], contriburl = repo, ...)
        }
    }
}
#@ closure exported url.show
function (url, title = url, file = tempfile(), delete.file = TRUE, method, ...) 
{
    if (download.file(url, destfile = file, method = method, mode = "w")) 
        stop("transfer failure")
    file.show(file, delete.file = delete.file, title = title, ...)
}
#@ closure exported URLdecode
function (URL) 
{
    vapply(URL, function(URL) {
        x <- charToRaw(URL)
        pc <- charToRaw("%")
        out <- raw(0L)
        i <- 1L
        while (i <= length(x)) {
            if (x[i] != pc) {
                out <- c(out, x[i])
                i <- i + 1L
            }
            else {
                y <- as.integer(x[i + 1L:2L])
                y[y > 96L] <- y[y > 96L] - 32L
                y[y > 57L] <- y[y > 57L] - 7L
                y <- sum((y - 48L) * c(16L, 1L))
                out <- c(out, as.raw(as.character(y)))
                i <- i + 3L
            }
        }
        rawToChar(out)
    }, character(1), USE.NAMES = FALSE)
}
#@ closure exported URLencode
function (URL, reserved = FALSE, repeated = FALSE) 
{
    vapply(URL, function(URL) {
        if (!repeated && grepl("%[[:xdigit:]]{2}", URL, useBytes = TRUE)) 
            return(URL)
        OK <- paste0("[^", if (!reserved) 
            "][!$&'()*+,;=:/?@#", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz0123456789._~-", "]")
        x <- strsplit(URL, "")[[1L]]
        z <- grep(OK, x)
        if (length(z)) {
            y <- vapply(x[z], function(x) paste0("%", toupper(as.character(charToRaw(x))), collapse = ""), "")
            x[z] <- y
        }
        paste(x, collapse = "")
    }, character(1), USE.NAMES = FALSE)
}
#@ closure exported vi
function (name = NULL, file = "") 
edit.default(name, file, editor = "vi")
#@ closure exported View
function (x, title) 
{
    check <- Sys.getenv("_R_CHECK_SCREEN_DEVICE_", "")
    msg <- "View() should not be used in examples etc"
    if (identical(check, "stop")) 
        stop(msg, domain = NA)
    else if (identical(check, "warn")) 
        warning(msg, immediate. = TRUE, noBreaks. = TRUE, domain = NA)
    if (missing(title)) 
        title <- paste("Data:", deparse(substitute(x))[1])
    x0 <- as.data.frame(x)
    x <- as.list(format.data.frame(x0))
    rn <- row.names(x0)
    if (any(rn != seq_along(rn))) 
        x <- c(list(row.names = rn), x)
    if (!is.list(x) || !length(x) || !all(sapply(x, is.atomic)) || !max(lengths(x))) 
        stop("invalid 'x' argument")
    if (grepl("darwin", R.version$os)) 
        check_for_XQuartz(file.path(R.home("modules"), "R_de.so"))
    invisible(.External2(C_dataviewer, x, title))
}
#@ closure exported vignette
function (topic, package = NULL, lib.loc = NULL, all = TRUE) 
{
    vinfo <- tools::getVignetteInfo(package, lib.loc, all)
    if (!missing(topic)) {
        topic <- topic[1L]
        vinfo <- vinfo[vinfo[, "Topic"] == topic, , drop = FALSE]
        if (length(vinfo)) {
            pos <- which(file_test("-f", file.path(vinfo[, "Dir"], "doc", vinfo[, "PDF"])))
            if (!length(pos)) {
                z <- as.list(vinfo[1L, ])
                z$PDF <- ""
            }
            else {
                if (length(pos) > 1L) {
                  pos <- pos[1L]
                  warning(gettextf("vignette %s found more than once,\nusing the one found in %s", sQuote(topic), sQuote(file.path(vinfo[pos, "Dir"], "doc"))), call. = FALSE, domain = NA)
                }
                z <- as.list(vinfo[pos, ])
            }
            if (!file_test("-f", file.path(z$Dir, "doc", z$R))) 
                z$R <- ""
            class(z) <- "vignette"
            return(z)
        }
        else warning(gettextf("vignette %s not found", sQuote(topic)), call. = FALSE, domain = NA)
    }
    else {
        title <- if (nrow(vinfo)) {
            paste(vinfo[, "Title"], paste0(rep.int("(source", nrow(vinfo)), ifelse(nzchar(vinfo[, "PDF"]), paste0(", ", tools::file_ext(vinfo[, "PDF"])), ""), ")"))
        }
        else character()
        db <- cbind(Package = basename(vinfo[, "Dir"]), LibPath = dirname(vinfo[, "Dir"]), Item = vinfo[, "Topic"], Title = title)
        footer <- if (all) 
            NULL
        else paste0("Use ", sQuote("vignette(all = TRUE)"), "\n", "to list the vignettes in all *available* packages.")
        structure(class = "packageIQR", list(type = "vignette", title = "Vignettes", header = NULL, results = db, footer = footer))
    }
}
#@ closure exported warnErrList
function (x, warn = TRUE, errValue = NULL) 
{
    errs <- vapply(x, inherits, NA, what = "error")
    if (any(errs)) {
        v.err <- x[errs]
        e.call <- deparse1(conditionCall(v.err[[1]]), collapse = "\n")
        tt <- table(vapply(v.err, conditionMessage, ""))
        msg <- if (length(tt) == 1L) 
            sprintf(ngettext(tt[[1L]], "%d error caught in %s: %s", "%d times caught the same error in %s: %s"), tt[[1L]], e.call, names(tt)[[1L]])
        else paste(gettextf("%d errors caught in %s.  The error messages and their frequencies are", sum(tt), e.call), paste(capture.output(sort(tt)), collapse = "\n"), sep = "\n")
        if (warn) 
            warning(msg, call. = FALSE, domain = NA)
        x[errs] <- list(errValue)
        attr(x, "warningMsg") <- msg
    }
    x
}
#@ closure exported write.csv
function (...) 
{
    Call <- match.call(expand.dots = TRUE)
    for (argname in c("append", "col.names", "sep", "dec", "qmethod")) if (!is.null(Call[[argname]])) 
        warning(gettextf("attempt to set '%s' ignored", argname), domain = NA)
    rn <- eval.parent(Call$row.names)
    Call$append <- NULL
    Call$col.names <- if (is.logical(rn) && !rn) 
        TRUE
    else NA
    Call$sep <- ","
    Call$dec <- "."
    Call$qmethod <- "double"
    Call[[1L]] <- quote(utils::write.table)
    eval.parent(Call)
}
#@ closure exported write.csv2
function (...) 
{
    Call <- match.call(expand.dots = TRUE)
    for (argname in c("append", "col.names", "sep", "dec", "qmethod")) if (!is.null(Call[[argname]])) 
        warning(gettextf("attempt to set '%s' ignored", argname), domain = NA)
    rn <- eval.parent(Call$row.names)
    Call$append <- NULL
    Call$col.names <- if (is.logical(rn) && !rn) 
        TRUE
    else NA
    Call$sep <- ";"
    Call$dec <- ","
    Call$qmethod <- "double"
    Call[[1L]] <- quote(utils::write.table)
    eval.parent(Call)
}
#@ closure internal write.ctags
function (src, tokens, startlines, lines, nchars, ..., shorten.lines = NULL) 
{
    tag.lines <- sprintf("%s\t%s\t%d\n", tokens, src, startlines)
    cat(tag.lines, sep = "", ...)
}
#@ closure internal write.etags
function (src, tokens, startlines, lines, nchars, ..., shorten.lines = c("token", "simple", "none")) 
{
    shorten.lines <- match.arg(shorten.lines)
    offsets <- (cumsum(nchars + 1L) - (nchars + 1L))[startlines]
    lines <- switch(shorten.lines, none = lines, simple = sapply(strsplit(lines, "function", fixed = TRUE), `[`, 1), token = mapply(shorten.to.string, lines, tokens))
    tag.lines <- paste(sprintf("%s\177%s\001%d,%d", lines, tokens, startlines, as.integer(offsets)), collapse = "\n")
    tagsize <- nchar(tag.lines, type = "bytes") + 1L
    cat("\f\n", src, ",", tagsize, "\n", tag.lines, "\n", sep = "", ...)
}
#@ closure exported write.socket
function (socket, string) 
invisible(.Call(C_sockwrite, socket$socket, string))
#@ closure exported write.table
function (x, file = "", append = FALSE, quote = TRUE, sep = " ", eol = "\n", na = "NA", dec = ".", row.names = TRUE, col.names = TRUE, qmethod = c("escape", "double"), fileEncoding = "") 
{
    qmethod <- match.arg(qmethod)
    if (is.logical(quote) && (length(quote) != 1L || is.na(quote))) 
        stop("'quote' must be 'TRUE', 'FALSE' or numeric")
    quoteC <- if (is.logical(quote)) 
        quote
    else TRUE
    qset <- is.logical(quote) && quote
    if (!is.data.frame(x) && !is.matrix(x)) 
        x <- data.frame(x)
    makeRownames <- isTRUE(row.names)
    makeColnames <- is.logical(col.names) && !identical(FALSE, col.names)
    if (is.matrix(x)) {
        p <- ncol(x)
        d <- dimnames(x)
        if (is.null(d)) 
            d <- list(NULL, NULL)
        if (is.null(d[[1L]]) && makeRownames) 
            d[[1L]] <- seq_len(nrow(x))
        if (is.null(d[[2L]]) && makeColnames && p > 0L) 
            d[[2L]] <- paste0("V", 1L:p)
        if (qset) 
            quote <- if (is.character(x)) 
                seq_len(p)
            else numeric()
    }
    else {
        if (qset) 
            quote <- if (length(x)) 
                which(unlist(lapply(x, function(x) is.character(x) || is.factor(x))))
            else numeric()
        if (any(vapply(x, function(z) length(dim(z)) == 2 && dim(z)[2L] > 1, NA))) {
            c1 <- names(x)
            x <- as.matrix(x, rownames.force = makeRownames)
            d <- dimnames(x)
            if (qset) {
                ord <- match(c1, d[[2L]], 0L)
                quote <- ord[quote]
                quote <- quote[quote > 0L]
            }
        }
        else d <- list(if (makeRownames) row.names(x), if (makeColnames) names(x))
        p <- ncol(x)
    }
    nocols <- p == 0L
    if (is.logical(quote)) 
        quote <- NULL
    else if (is.numeric(quote)) {
        if (any(quote < 1L | quote > p)) 
            stop("invalid numbers in 'quote'")
    }
    else stop("invalid 'quote' specification")
    rn <- FALSE
    rnames <- NULL
    if (is.logical(row.names)) {
        if (row.names) {
            rnames <- as.character(d[[1L]])
            rn <- TRUE
        }
    }
    else {
        rnames <- as.character(row.names)
        rn <- TRUE
        if (length(rnames) != nrow(x)) 
            stop("invalid 'row.names' specification")
    }
    if (!is.null(quote) && rn) 
        quote <- c(0, quote)
    if (is.logical(col.names)) {
        if (!rn && is.na(col.names)) 
            stop("'col.names = NA' makes no sense when 'row.names = FALSE'")
        col.names <- if (is.na(col.names) && rn) 
            c("", d[[2L]])
        else if (col.names) 
            d[[2L]]
        else NULL
    }
    else {
        col.names <- as.character(col.names)
        if (length(col.names) != p) 
            stop("invalid 'col.names' specification")
    }
    if (file == "") 
        file <- stdout()
    else if (is.character(file)) {
        file <- if (nzchar(fileEncoding)) 
            file(file, ifelse(append, "a", "w"), encoding = fileEncoding)
        else file(file, ifelse(append, "a", "w"))
        on.exit(close(file))
    }
    else if (!isOpen(file, "w")) {
        open(file, "w")
        on.exit(close(file))
    }
    if (!inherits(file, "connection")) 
        stop("'file' must be a character string or connection")
    qstring <- switch(qmethod, escape = "\\\"", double = "\"\"")
    if (!is.null(col.names)) {
        if (append) 
            warning("appending column names to file")
        if (quoteC) 
            col.names <- paste0("\"", gsub("\"", qstring, col.names, fixed = TRUE), "\"")
        writeLines(paste(col.names, collapse = sep), file, sep = eol)
    }
    if (nrow(x) == 0L) 
        return(invisible())
    if (nocols && !rn) 
        return(cat(rep.int(eol, NROW(x)), file = file, sep = ""))
    if (is.matrix(x) && !is.atomic(x)) 
        mode(x) <- "character"
    if (is.data.frame(x)) {
        x[] <- lapply(x, function(z) {
            if (is.object(z) && !is.factor(z)) 
                as.character(z)
            else z
        })
    }
    invisible(.External2(C_writetable, x, file, nrow(x), p, rnames, sep, eol, na, dec, as.integer(quote), qmethod != "double"))
}
#@ closure internal wsbrowser
function (IDS, IsRoot, IsContainer, ItemsPerContainer, ParentID, NAMES, TYPES, DIMS, expanded = TRUE, kind = "HTML", main = "R Workspace", properties = list(), browser = getOption("browser")) 
{
    if (kind != "HTML") 
        stop(gettextf("kind '%s' not yet implemented", kind), domain = NA)
    bold <- function(ch) paste0("<b>", ch, "</b>")
    ital <- function(ch) paste0("<i>", ch, "</i>")
    entry <- function(ch) paste0("<td>", ch, "</td>")
    Par <- function(ch) paste0("<P>", ch, "</P>")
    Trow <- function(N, ...) {
        if (length(list(...)) != N) 
            stop("wrong number of table row entries")
        paste("<tr>", ..., "</tr>\n")
    }
    catRow <- function(...) cat(Trow(nCol, ...), file = Hfile)
    RootItems <- which(IsRoot)
    NumOfRoots <- length(RootItems)
    props <- properties
    if (length(props)) {
        nms <- names(props)
        nms <- unlist(lapply(unlist(lapply(paste0(nms, ":"), bold)), entry))
        props <- unlist(lapply(props, entry))
        props <- paste("<table border=2>", paste(Trow(1, paste(nms, props)), collapse = ""), "</table>", sep = "\n")
    }
    fname <- file.path(tempdir(), "wsbrowser.html")
    Hfile <- file(fname, "w")
    cat("<html>\n<title>", main, "browser</title>\n<body>", "<H1>", main, "</H1>\n", if (is.character(props)) 
        Par(props), "<table border=1>\n", file = Hfile)
    nCol <- if (expanded) 
        4L
    else 3L
    catRow(entry(bold("Object")), if (expanded) 
        entry(bold(ital("(components)"))), entry(bold("Type")), entry(bold("Property")))
    for (i in seq_len(NumOfRoots)) {
        iid <- RootItems[i]
        catRow(entry(NAMES[iid]), if (expanded) 
            entry(""), entry(ital(TYPES[iid])), entry(DIMS[iid]))
        if (IsContainer[i] && expanded) {
            items <- which(ParentID == i)
            for (j in seq_len(ItemsPerContainer[i])) {
                id <- IDS[items[j]]
                catRow(entry(""), entry(NAMES[id]), entry(ital(TYPES[id])), entry(DIMS[id]))
            }
        }
    }
    cat("</table>\n</body></html>", file = Hfile)
    close(Hfile)
    switch(.Platform$OS.type, windows = , unix = {
        url <- fname
    }, )
    if (!startsWith(url, "/")) 
        url <- paste0("/", url)
    url <- paste0("file://", URLencode(url))
    browseURL(url = url, browser = browser)
    cat(main, "environment is shown in browser", if (is.character(browser)) 
        sQuote(browser), "\n")
    invisible(fname)
}
#@ closure exported xedit
function (name = NULL, file = "") 
edit.default(name, file, editor = "xedit")
#@ closure exported xemacs
function (name = NULL, file = "") 
edit.default(name, file, editor = "xemacs")
#@ closure exported zip
function (zipfile, files, flags = "-r9X", extras = "", zip = Sys.getenv("R_ZIPCMD", "zip")) 
{
    if (missing(flags) && (!is.character(files) || !length(files))) 
        stop("'files' must be a character vector specifying one or more filepaths")
    if (!is.character(zip) || length(zip) != 1L || !nzchar(zip)) 
        stop("argument 'zip' must be a non-empty character string")
    args <- c(flags, shQuote(path.expand(zipfile)), shQuote(files), extras)
    if (sum(nchar(c(args, Sys.getenv()))) + length(args) > 8000) {
        args <- c(flags, "-@", shQuote(path.expand(zipfile)), extras)
        input <- files
    }
    else input <- NULL
    if (.Platform$OS.type == "windows") 
        invisible(system2(zip, args, input = input, invisible = TRUE))
    else invisible(system2(zip, args, input = input))
}
#@ S3method [ getAnywhere [.getAnywhere
#@ S3method [ news_db [.news_db
#@ S3method [ roman [.roman
#@ S3method Ops roman Ops.roman
#@ S3method Summary roman Summary.roman
#@ S3method as.character person as.character.person
#@ S3method as.character roman as.character.roman
#@ S3method as.person default as.person.default
#@ S3method as.personList default as.personList.default
#@ S3method as.personList person as.personList.person
#@ S3method close txtProgressBar close.txtProgressBar
#@ S3method edit data.frame edit.data.frame
#@ S3method edit default edit.default
#@ S3method edit matrix edit.matrix
#@ S3method edit vignette edit.vignette
#@ S3method format MethodsFunction format.MethodsFunction
#@ S3method format aspell format.aspell
#@ S3method format news_db format.news_db
#@ S3method format object_size format.object_size
#@ S3method format roman format.roman
#@ S3method getRcode vignette getRcode.vignette
#@ S3method head array head.array
#@ S3method head data.frame head.array
#@ S3method head default head.default
#@ S3method head function head.function
#@ S3method head matrix head.matrix
#@ S3method head ftable head.ftable
#@ S3method print aspell print.aspell
#@ S3method print aspell_inspect_context print.aspell_inspect_context
#@ S3method print Bibtex print.Bibtex
#@ S3method print changedFiles print.changedFiles
#@ S3method print fileSnapshot print.fileSnapshot
#@ S3method print findLineNumResult print.findLineNumResult
#@ S3method print getAnywhere print.getAnywhere
#@ S3method print help_files_with_topic print.help_files_with_topic
#@ S3method print hsearch print.hsearch
#@ S3method print hsearch_db print.hsearch_db
#@ S3method print Latex print.Latex
#@ S3method print ls_str print.ls_str
#@ S3method print MethodsFunction print.MethodsFunction
#@ S3method print news_db print.news_db
#@ S3method print object_size print.object_size
#@ S3method print packageDescription print.packageDescription
#@ S3method print packageIQR print.packageIQR
#@ S3method print packageStatus print.packageStatus
#@ S3method print roman print.roman
#@ S3method print sessionInfo print.sessionInfo
#@ S3method print socket print.socket
#@ S3method print summary.packageStatus print.summary.packageStatus
#@ S3method print vignette print.vignette
#@ S3method print browseVignettes print.browseVignettes
#@ S3method prompt data.frame prompt.data.frame
#@ S3method prompt default prompt.default
#@ S3method relist default relist.default
#@ S3method relist factor relist.factor
#@ S3method relist list relist.list
#@ S3method relist matrix relist.matrix
#@ S3method rep roman rep.roman
#@ S3method stack data.frame stack.data.frame
#@ S3method stack default stack.default
#@ S3method str POSIXt str.POSIXt
#@ S3method str Date str.Date
#@ S3method str data.frame str.data.frame
#@ S3method str default str.default
#@ S3method subset news_db subset.news_db
#@ S3method summary aspell summary.aspell
#@ S3method summary packageStatus summary.packageStatus
#@ S3method tail array tail.array
#@ S3method tail data.frame tail.array
#@ S3method tail default tail.default
#@ S3method tail function tail.function
#@ S3method tail matrix tail.matrix
#@ S3method tail ftable tail.ftable
#@ S3method tail table tail.array
#@ S3method toBibtex person toBibtex.person
#@ S3method toLatex sessionInfo toLatex.sessionInfo
#@ S3method type.convert default type.convert.default
#@ S3method type.convert list type.convert.list
#@ S3method type.convert data.frame type.convert.data.frame
#@ S3method unlist relistable unlist.relistable
#@ S3method unstack data.frame unstack.data.frame
#@ S3method unstack default unstack.default
#@ S3method upgrade packageStatus upgrade.packageStatus
#@ S3method $ bibentry $.bibentry
#@ S3method $ person $.person
#@ S3method $<- bibentry $<-.bibentry
#@ S3method $<- citation $<-.citation
#@ S3method $<- person $<-.person
#@ S3method [ bibentry [.bibentry
#@ S3method [ person [.person
#@ S3method [[ bibentry [[.bibentry
#@ S3method [[ person [[.person
#@ S3method c bibentry c.bibentry
#@ S3method c person c.person
#@ S3method format bibentry format.bibentry
#@ S3method format citation format.citation
#@ S3method format person format.person
#@ S3method print bibentry print.bibentry
#@ S3method print citation print.citation
#@ S3method print person print.person
#@ S3method rep bibentry rep.bibentry
#@ S3method sort bibentry sort.bibentry
#@ S3method toBibtex bibentry toBibtex.bibentry
#@ S3method unique bibentry unique.bibentry
#@ S3method .DollarNames default .DollarNames.default
#@ S3method .DollarNames list .DollarNames.list
#@ S3method .DollarNames environment .DollarNames.environment
#@ S3method print hashtab print.hashtab
#@ S3method format hashtab format.hashtab
#@ S3method [[ hashtab [[.hashtab
#@ S3method [[<- hashtab [[<-.hashtab
#@ S3method length hashtab length.hashtab
#@ S3method as.environment hashtab as.environment.hashtab
#@ S3method str hashtab str.hashtab
