# values.R -- R's objects that are not functions, as data for the simulator.
#
# Writes src/rust/core/data/library/values.txt (read by src/rust/core/src/lang/values.rs): every
# object of R 4.2.2's datasets package (`data(package = "datasets")`, bound in `package:datasets`)
# and every variable of the base, stats and utils namespaces (`#@ value` entries of
# data/library/*.R), each encoded exactly as the installed R holds it: type, length, values (doubles
# printed with as few digits as give the same double back), attributes in R's internal order
# (`row.names` in its compact form c(NA, -n) where R stores that), and ALTREP objects as the
# compact sequences and deferred strings they are (their serialized state).
#
# Each entry also says how a fresh `Rscript --vanilla` session holds the binding: `startup` (a value
# made at start-up, or a lazy-load promise start-up already forced: part of the start-up heap) or
# `lazy CLEN` (a promise of the package's lazy-load database, forced on first use: CLEN is the
# length of the compressed record its key names, which lazyLoadDBfetch reads). `#@ database PKG N`
# gives the length of the serialization header of the database's records (it names the native
# encoding of the session that built it).
#
# Objects with no encoding here (closures inside lists, environments with bindings, external
# pointers, S4 objects) are listed as `#@ value PKG NAME STATE opaque REASON`.
#
# Usage, from the project root: Rscript --vanilla tools/library/values.R
stopifnot(getRversion() == "4.2.2")
out <- "src/rust/core/data/library/values.txt"
rscript <- file.path(R.home("bin"), "Rscript")

# C helpers: ALTREP class and state, attributes in internal order without row.names expansion,
# a binding's state (0 value, 1 unforced promise, 2 forced promise).
src <- file.path(tempdir(), "values_helper.c")
writeLines(c(
    "#include <Rinternals.h>",
    "#include <R_ext/Altrep.h>",
    "SEXP alt_info(SEXP x) {",
    "  if (!ALTREP(x)) return R_NilValue;",
    "  SEXP cls = PROTECT(ScalarString(PRINTNAME(CAR(ATTRIB(TAG(x))))));",
    "  SEXP out = PROTECT(allocVector(VECSXP, 3));",
    "  SET_VECTOR_ELT(out, 0, cls);",
    "  SET_VECTOR_ELT(out, 1, R_altrep_data1(x));",
    "  SET_VECTOR_ELT(out, 2, R_altrep_data2(x));",
    "  UNPROTECT(2); return out;",
    "}",
    "SEXP cons_parts(SEXP x) {",
    "  SEXP out = PROTECT(allocVector(VECSXP, 2));",
    "  SET_VECTOR_ELT(out, 0, CAR(x)); SET_VECTOR_ELT(out, 1, CDR(x));",
    "  UNPROTECT(1); return out;",
    "}",
    "SEXP raw_attrs(SEXP x) {",
    "  int n = 0; for (SEXP a = ATTRIB(x); a != R_NilValue; a = CDR(a)) n++;",
    "  SEXP out = PROTECT(allocVector(VECSXP, n)), nm = PROTECT(allocVector(STRSXP, n));",
    "  n = 0;",
    "  for (SEXP a = ATTRIB(x); a != R_NilValue; a = CDR(a), n++) {",
    "    SET_VECTOR_ELT(out, n, CAR(a)); SET_STRING_ELT(nm, n, PRINTNAME(TAG(a)));",
    "  }",
    "  setAttrib(out, R_NamesSymbol, nm); UNPROTECT(2); return out;",
    "}",
    "SEXP binding_state(SEXP env, SEXP names) {",
    "  int n = LENGTH(names);",
    "  SEXP out = PROTECT(allocVector(INTSXP, n));",
    "  for (int i = 0; i < n; i++) {",
    "    SEXP v = findVarInFrame3(env, installChar(STRING_ELT(names, i)), FALSE);",
    "    INTEGER(out)[i] = v == R_UnboundValue ? -1 : TYPEOF(v) != PROMSXP ? 0 :",
    "      PRVALUE(v) == R_UnboundValue ? 1 : 2;",
    "  }",
    "  UNPROTECT(1); return out;",
    "}"), src)
stopifnot(system2(file.path(R.home("bin"), "R"), c("CMD SHLIB", shQuote(src)), stdout = FALSE) == 0L)
lib <- sub("\\.c$", .Platform$dynlib.ext, src)
dyn.load(lib)

pkgs <- c("base", "stats", "utils", "datasets")
env_of <- function(pkg) switch(pkg, base = baseenv(), datasets = as.environment("package:datasets"),
                               asNamespace(pkg))
names_of <- function(pkg) {
    if (pkg == "datasets") return(sort(ls(env_of(pkg), all.names = TRUE)))
    lines <- readLines(file.path("src/rust/core/data/library", paste0(pkg, ".R")))
    vapply(strsplit(grep("^#@ value ", lines, value = TRUE), " "), `[`, "", 4L)
}

# How a fresh session holds each binding: measured in its own process before anything is forced.
states <- local({
    code <- sprintf(paste0(
        "dyn.load('%s'); for (p in c(%s)) { env <- switch(p, base = baseenv(), ",
        "datasets = as.environment('package:datasets'), asNamespace(p)); ",
        "nm <- readLines(file.path('%s', p)); ",
        "cat(paste(p, nm, .Call('binding_state', env, nm), sep = '\\t'), sep = '\\n') }"),
        lib, paste0("'", pkgs, "'", collapse = ", "), tempdir())
    for (p in pkgs) writeLines(names_of(p), file.path(tempdir(), p))
    rows <- strsplit(system2(rscript, c("--vanilla", "-e", shQuote(code)), stdout = TRUE), "\t")
    setNames(as.integer(vapply(rows, `[`, "", 3L)), vapply(rows, function(r) paste(r[1L], r[2L]), ""))
})
stopifnot(!anyNA(states), all(states >= 0L))

# The lazy-load databases of each package (its code's, and sysdata's, whose objects loadNamespace
# lazy-loads into the namespace too): the key of each variable and the bytes of its record.
dbs_of <- function(pkg) {
    bases <- if (pkg == "datasets") file.path(R.home("library"), "datasets", "data", "Rdata")
             else file.path(R.home("library"), pkg, "R", c(pkg, "sysdata"))
    lapply(bases[file.exists(paste0(bases, ".rdx"))], function(base) {
        rdb <- paste0(base, ".rdb")
        con <- file(rdb, "rb"); bytes <- readBin(con, "raw", file.size(rdb)); close(con)
        list(name = basename(base), keys = readRDS(paste0(base, ".rdx"))$variables, bytes = bytes)
    })
}
# the uncompressed length a record's header gives (big-endian, its first 4 bytes)
record_length <- function(db, key) sum(as.integer(db$bytes[key[1L] + 1:4]) * 256^(3:0))

# ---- the encoding ------------------------------------------------------------------------------
Unsupported <- function(why) structure(class = c("unsupported", "error", "condition"),
                                       list(message = why, call = NULL))
fmt_real <- function(x) {
    s <- sprintf("%.15g", x)
    for (d in c(16L, 17L)) {
        bad <- is.finite(x) & suppressWarnings(as.numeric(s)) != x
        s[bad] <- sprintf(paste0("%.", d, "g"), x[bad])
    }
    s[is.nan(x)] <- "NaN"
    s[is.na(x) & !is.nan(x)] <- "NA"
    s[x == Inf] <- "Inf"
    s[x == -Inf] <- "-Inf"
    s
}
quote_str <- function(x) {
    enc <- Encoding(x)
    if (any(enc[!is.na(x)] %in% c("latin1", "bytes"))) stop(Unsupported("latin1 or bytes strings"))
    if (any(grepl("[\001-\010\013-\037\177]", x, useBytes = TRUE)))
        stop(Unsupported("control characters in strings"))
    s <- gsub("\\", "\\\\", x, fixed = TRUE)
    s <- gsub("\"", "\\\"", s, fixed = TRUE)
    s <- gsub("\n", "\\n", s, fixed = TRUE)
    s <- gsub("\t", "\\t", s, fixed = TRUE)
    s <- paste0("\"", s, "\"")
    s[is.na(x)] <- "NA"
    s
}
line <- function(kind, values = NULL, len = NULL, attrs = NULL) {
    paste0(kind, if (!is.null(len)) paste0(" ", len), if (length(attrs)) paste0(" @", length(attrs)),
           if (!is.null(values)) paste0(":", if (length(values)) " ", paste(values, collapse = " ")))
}
# An environment R serializes as a reference to one of its special environments.
env_name <- function(e) {
    if (identical(e, emptyenv())) "empty" else if (identical(e, globalenv())) "global"
    else if (identical(e, baseenv())) "base" else if (identical(e, .BaseNamespaceEnv)) "basens"
    else if (identical(e, .AutoloadEnv)) "autoload"
    else if (isNamespace(e)) paste0("ns:", getNamespaceName(e))
    else stop(Unsupported("environment with bindings"))
}
# the values without attributes (a factor's codes, not its labels)
bare <- function(x) { attributes(x) <- NULL; x }
encode <- function(x) {
    alt <- .Call("alt_info", x)
    attrs <- .Call("raw_attrs", x)
    # one of R's environments, with its attributes (the Autoloads environment's name)
    if (is.environment(x)) return(c(line("env", env_name(x), attrs = attrs),
                                    unlist(lapply(names(attrs), function(a) c(paste0("@", a), encode(attrs[[a]]))))))
    head <- if (!is.null(alt)) {
        cls <- alt[[1L]]
        if (cls == "compact_intseq" || cls == "compact_realseq") {
            info <- alt[[2L]]
            c(line(if (cls == "compact_intseq") "intseq" else "realseq",
                   fmt_real(info[2:3]), len = info[1L], attrs = attrs))
        } else if (cls == "deferred_string") {
            if (is.null(alt[[2L]])) stop(Unsupported("expanded deferred string"))
            state <- .Call("cons_parts", alt[[2L]])
            c(line("defstr", attrs = attrs), encode(state[[1L]]), encode(state[[2L]]))
        } else stop(Unsupported(paste("ALTREP class", cls)))
    } else switch(typeof(x),
        NULL = "NULL",
        logical = line("lgl", ifelse(is.na(bare(x)), "NA", ifelse(bare(x), "T", "F")), length(x), attrs),
        integer = line("int", ifelse(is.na(bare(x)), "NA", as.character(bare(x))), length(x), attrs),
        double = line("real", fmt_real(bare(x)), length(x), attrs),
        character = line("str", quote_str(bare(x)), length(x), attrs),
        list = , expression = c(line(if (is.list(x)) "list" else "expr", len = length(x), attrs = attrs),
                                unlist(lapply(seq_along(x), function(i) encode(x[[i]])))),
        symbol = line("sym", quote_str(as.character(x))),
        language = {
            text <- deparse(x, width.cutoff = 500L, control = c("keepInteger", "keepNA", "niceNames"))
            if (length(text) != 1L || !identical(str2lang(text), `attributes<-`(x, NULL)))
                stop(Unsupported("language that does not deparse back"))
            line("lang", quote_str(text), attrs = attrs)
        },
        # a closure (the functions among the options): its source and its environment
        closure = {
            text <- paste(deparse(x, width.cutoff = 500L, control = c("keepInteger", "keepNA", "niceNames")),
                          collapse = "\n")
            if (!identical(deparse(eval(str2lang(text))), deparse(x)))
                stop(Unsupported("closure that does not deparse back"))
            # a function made in a call's frame (strOptions()'s formatNum): that frame's bindings
            # are not kept, only where it encloses
            e <- environment(x); frame <- ""
            while (!isNamespace(e) && !identical(e, globalenv()) && !identical(e, baseenv())) {
                frame <- "frame:"; e <- parent.env(e)
            }
            c(line("closure", quote_str(text), attrs = attrs), line("env", paste0(frame, env_name(e))))
        },
        pairlist = {
            nm <- names(x); if (is.null(nm)) nm <- rep("", length(x))
            c(line("pairlist", len = length(x), attrs = attrs),
              unlist(lapply(seq_along(x), function(i) c(paste0("=", nm[i]), encode(x[[i]])))))
        },
        stop(Unsupported(typeof(x))))
    # each attribute: its name, then its value
    c(head[1L], unlist(lapply(names(attrs), function(a) c(paste0("@", a), encode(attrs[[a]])))),
      head[-1L])
}

# ---- the file ----------------------------------------------------------------------------------
lines <- c(sprintf("# R %s's values (datasets package; variables of base, stats, utils), extracted by tools/library/values.R (GPL >= 2, R Core Team)",
                   getRversion()),
           # the names of the search path's environments, as .Internal(search()) gives them
           paste("#@ search", paste(search(), collapse = " ")))
n_ok <- n_opaque <- 0L
for (pkg in pkgs) {
    env <- env_of(pkg)
    dbs <- dbs_of(pkg)
    hdr <- integer()
    entries <- character()
    for (name in names_of(pkg)) {
        state <- states[[paste(pkg, name)]]
        db <- Find(function(d) !is.null(d$keys[[name]]), dbs)
        key <- db$keys[[name]]
        stopifnot(state != 1L || !is.null(key))
        # a lazy binding names its record; a binding made at start-up has none, or one it replaced
        where <- if (state == 1L) paste("lazy", key[2L]) else "startup"
        if (name == ".Last.value") {
            # the value of the last top-level expression: what the session's REPL holds
            entries <- c(entries, sprintf("#@ value %s %s %s opaque top-level-value", pkg, name, where))
            next
        }
        x <- get(name, envir = env)
        enc <- tryCatch(encode(x), unsupported = function(e) e)
        if (inherits(enc, "unsupported")) {
            entries <- c(entries, sprintf("#@ value %s %s %s opaque %s", pkg, name, where,
                                          gsub(" ", "-", conditionMessage(enc))))
            n_opaque <- n_opaque + 1L
            next
        }
        if (state == 1L) {
            # header length = record's uncompressed length less this session's serialization
            # (whose header names "UTF-8", 23 bytes)
            hdr <- c(hdr, setNames(record_length(db, key) - length(serialize(x, NULL)) + 23L, db$name))
        }
        entries <- c(entries, sprintf("#@ value %s %s %s", pkg, name, where), enc)
        n_ok <- n_ok + 1L
    }
    if (length(hdr)) {
        # one header length per package: its databases were written in the same session
        stopifnot(length(unique(hdr)) == 1L)
        lines <- c(lines, sprintf("#@ database %s %d", pkg, hdr[[1L]]))
    }
    lines <- c(lines, entries)
}
con <- file(out, open = "w", encoding = "UTF-8")
writeLines(lines, con, useBytes = TRUE)
close(con)
cat(sprintf("%d values, %d opaque -> %s\n", n_ok, n_opaque, out))
