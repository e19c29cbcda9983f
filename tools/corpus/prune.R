# prune.R -- prune an R script for the corpus (source()d by build.R).
#
# The corpus keeps what runs with `Rscript --vanilla` on base, stats, utils, methods and datasets
# alone, deterministically, without files, devices, network or a user at the keyboard. Pruning works
# on top-level expressions: an expression that needs something else is commented out as
#   #- pruned (REASON): <its text>
# and every variable it assigns is then "pruned" too, so that a later expression reading one of them
# is commented out as well (reason "uses pruned VAR"). Nothing is rewritten: a kept expression is the
# author's text, byte for byte.

ALLOWED_PKGS <- c("base", "stats", "utils", "methods", "datasets")

# Functions of stats that draw unless told not to (argument plot = FALSE / plot.it = FALSE).
STATS_PLOTTING <- c("acf", "pacf", "ccf", "spectrum", "spec.pgram", "spec.ar", "cpgram", "heatmap",
  "interaction.plot", "lag.plot", "monthplot", "qqnorm", "qqline", "qqplot", "scatter.smooth",
  "screeplot", "biplot", "termplot", "ts.plot", "rect.hclust", "identify.hclust")

# Reason -> function names (call position, or passed by name to do.call / match.fun / the apply
# family). Checked in this order.
PRUNE_CALLS <- list(
  interactive = c("readline", "menu", "select.list", "askYesNo", "file.choose", "browser", "recover",
    "fix", "edit", "View", "page", "de", "data.entry", "dataentry", "file.edit", "vi", "emacs",
    "pico", "xedit", "xemacs", "help", "?", "??", "example", "demo", "vignette", "help.search",
    "RSiteSearch", "help.start", "browseURL", "browseVignettes", "bug.report", "help.request",
    "create.post", "q", "quit", "flush.console", "process.events", "savehistory", "loadhistory",
    "history", "timestamp", "Sweave", "Stangle", "Rtangle", "RweaveLatex"),
  network = c("url", "download.file", "socketConnection", "socketAccept", "serverSocket",
    "make.socket", "read.socket", "write.socket", "close.socket", "nsl", "curlGetHeaders",
    "available.packages", "install.packages", "update.packages", "old.packages", "new.packages",
    "contrib.url", "chooseCRANmirror", "chooseBioCmirror", "getCRANmirrors", "setRepositories",
    "download.packages", "url.show", "packageStatus", "mirror2html", "checkCRAN", "make.packages.html",
    "upgrade"),
  files = c("file", "gzfile", "bzfile", "xzfile", "unz", "pipe", "fifo", "gzcon", "tempfile",
    "tempdir", "file.create", "file.exists", "file.remove", "unlink", "file.rename", "file.append",
    "file.copy", "file.symlink", "file.link", "dir.create", "dir.exists", "list.files", "list.dirs",
    "dir", "file.info", "file.access", "file.size", "file.mtime", "file.mode", "Sys.chmod",
    "Sys.umask", "Sys.readlink", "Sys.glob", "Sys.setFileTime", "readRDS", "saveRDS", "save",
    "save.image", "load", "dget", "dump", "source", "sys.source", "read.table", "read.csv",
    "read.csv2", "read.delim", "read.delim2", "read.fwf", "read.DIF", "read.fortran", "count.fields",
    "write.table", "write.csv", "write.csv2", "sink", "Rprof", "Rprofmem", "summaryRprof",
    "system.file", "setwd", "getwd", "normalizePath", "path.expand", "find.package", "path.package",
    "installed.packages", "packageDescription", "packageVersion", "packageDate", "maintainer",
    "citation", "readCitationFile", "untar", "unzip", "tar", "zip", "file.show", "library.dynam",
    "dyn.load", "dyn.unload", "read.dcf", "write.dcf", "readRenviron", "package.skeleton", "prompt",
    "promptData", "promptPackage", "promptImport", "RShowDoc", "news", "read.ftable", "write.ftable",
    "hsearch_db", "hsearch_db_concepts", "hsearch_db_keywords", "Rscript"),
  system = c("sessionInfo", "osVersion", "Sys.getenv", "Sys.setenv", "Sys.unsetenv", "Sys.info",
    "Sys.getpid", "Sys.which", "system", "system2", "shell", "shell.exec", "Sys.setlocale",
    "Sys.getlocale", "Sys.localeconv", "Sys.timezone", "OlsonNames", "capabilities",
    "extSoftVersion", "La_library", "La_version", "libcurlVersion", "pcre_config", "l10n_info",
    "grSoftVersion", "tracemem", "untracemem", "retracemem", "gc.time", "Sys.sleep",
    "Sys.setLanguage", "R.home", ".libPaths", "socketSelect"),
  timing = c("Sys.time", "Sys.Date", "date", "proc.time", "system.time"))
# `data()` of a datasets object is kept (see prune_reason); the other names are what they say.

# Arguments that make a reading or writing function use a file.
FILE_ARGS <- c(cat = "file", write = "file", writeLines = "con", dput = "file", capture.output = "file",
  scan = "file", readLines = "con", serialize = "connection", writeBin = "con", readBin = "con",
  writeChar = "con", readChar = "con")

# The datasets package's objects (a `data(NAME)` of one of them is kept).
DATASETS <- ls("package:datasets")

# Objects of a package other than the allowed ones (exports and lazy data), for a script that
# attaches it: reading one of them is pruned as "package PKG".
foreign_objects <- function(pkg) {
  if (!requireNamespace(pkg, quietly = TRUE)) return(character())
  d <- tryCatch(utils::data(package = pkg)$results[, "Item"], error = function(e) character())
  c(getNamespaceExports(pkg), sub(" .*", "", d))
}

# The column names of data set NAME of one of the packages PKGS (for a pruned attach()).
dataset_columns <- function(name, pkgs) {
  for (p in pkgs) {
    e <- new.env()
    ok <- tryCatch({ utils::data(list = name, package = p, envir = e); TRUE }, warning = function(w) FALSE,
                   error = function(err) FALSE)
    if (ok && exists(name, envir = e, inherits = FALSE)) return(names(get(name, envir = e)))
  }
  character()
}

GRAPHICS_FUNS <- c(getNamespaceExports("graphics"), getNamespaceExports("grDevices"))

# Apply-family and friends: a symbol passed to them is a function value (lapply(x, plot)).
FUN_TAKERS <- c("lapply", "sapply", "vapply", "mapply", "Map", "Reduce", "Filter", "Position",
  "Find", "do.call", "match.fun", "apply", "tapply", "outer", "by", "aggregate", "Recall",
  "rapply", "eapply", "Vectorize", "sweep", "ave")

# Walk an expression: names in call position (pkg::f as "pkg::f"), function values passed to the
# apply family, symbols, assigned variables, and the named arguments each call carries.
walk_expr <- function(e) {
  calls <- character(); values <- character(); assigned <- character(); argsets <- list()
  walk <- function(x) {
    if (is.call(x)) {
      f <- x[[1L]]
      fn <- NULL
      if (is.symbol(f)) {
        fn <- as.character(f)
      } else if (is.call(f) && is.symbol(f[[1L]]) && as.character(f[[1L]]) %in% c("::", ":::")) {
        fn <- paste0(as.character(f[[2L]]), "::", as.character(f[[3L]]))
      }
      if (!is.null(fn)) {
        calls <<- c(calls, fn)
        nm <- names(x)
        argsets[[length(argsets) + 1L]] <<- list(fn = fn, names = if (is.null(nm)) rep("", length(x) - 1L) else nm[-1L],
          args = as.list(x)[-1L])
        if (fn %in% c("<-", "=", "<<-") && length(x) == 3L) {
          tgt <- x[[2L]]
          while (is.call(tgt) && length(tgt) >= 2L) tgt <- tgt[[2L]]
          if (is.symbol(tgt) || is.character(tgt)) assigned <<- c(assigned, as.character(tgt))
        } else if (fn == "assign" && length(x) >= 3L && is.character(x[[2L]])) {
          assigned <<- c(assigned, x[[2L]])
        } else if (fn == "for" && is.symbol(x[[2L]])) {
          assigned <<- c(assigned, as.character(x[[2L]]))
        }
        if (fn %in% FUN_TAKERS) {
          lapply(as.list(x)[-1L], function(a) {
            if (missing(a)) return()
            if (is.symbol(a)) values <<- c(values, as.character(a))
            if (is.character(a) && length(a) == 1L && !is.na(a)) values <<- c(values, a)
          })
        }
      }
      lapply(as.list(x), function(a) if (!missing(a)) walk(a))
    } else if (is.pairlist(x)) {
      lapply(as.list(x), function(a) if (!missing(a)) walk(a))
    }
    invisible()
  }
  walk(e)
  # The variables the expression reads: its symbols less a for loop's variable and the target of a
  # top-level `x <- value` whose value does not read x.
  reads <- all.names(e)
  not_read <- character()
  if (is.call(e) && identical(e[[1L]], as.name("for")) && is.symbol(e[[2L]])) not_read <- as.character(e[[2L]])
  if (is.call(e) && length(e) == 3L && as.character(e[[1L]])[1L] %in% c("<-", "=") && is.symbol(e[[2L]]) &&
      !as.character(e[[2L]]) %in% all.names(e[[3L]])) not_read <- as.character(e[[2L]])
  reads <- setdiff(reads, not_read)
  list(calls = calls, values = values, symbols = all.names(e), reads = reads, assigned = unique(assigned),
       argsets = argsets)
}

has_arg_false <- function(as, arg) {
  i <- which(as$names == arg)
  length(i) && identical(as$args[[i[1L]]], FALSE)
}

# attach() and detach() calls pair up: the attach() a detach() undoes (the last one, or the one of
# that name), as the entry of the script's attach stack, or NULL.
attach_name <- function(a) if (is.symbol(a) || is.character(a)) as.character(a)[1L] else "?"
detached <- function(w, st) {
  for (as in w$argsets) {
    if (as$fn != "detach" || !length(st$attached)) next
    if (!length(as$args)) return(st$attached[[length(st$attached)]])
    nm <- attach_name(as$args[[1L]])
    for (k in rev(seq_along(st$attached))) if (st$attached[[k]]$name == nm) return(st$attached[[k]])
  }
  NULL
}
update_attached <- function(w, st, pruned) {
  for (as in w$argsets) {
    if (as$fn == "attach" && length(as$args))
      st$attached[[length(st$attached) + 1L]] <- list(name = attach_name(as$args[[1L]]), pruned = pruned)
    if (as$fn == "detach" && length(st$attached)) {
      d <- detached(w, st)
      if (!is.null(d)) {
        k <- max(which(vapply(st$attached, function(x) identical(x, d), TRUE)))
        st$attached[[k]] <- NULL
      }
    }
  }
  st
}

# Why an expression must be pruned, or NULL. `st` is the script's state: attached foreign packages
# and their objects, pruned variables, variables the script defined.
prune_reason <- function(w, st) {
  d <- detached(w, st)
  if (!is.null(d) && d$pruned) return(paste0("detaches pruned attach(", d$name, ")"))
  used_pruned <- intersect(w$reads, st$pruned)
  if (length(used_pruned)) return(paste("uses pruned", used_pruned[1L]))
  fnames <- c(w$calls, w$values)
  # packages
  for (as in w$argsets) {
    if (as$fn %in% c("library", "require", "requireNamespace", "loadNamespace", "attachNamespace")) {
      if (!length(as$args)) return("files")  # library(): lists the installed packages
      p <- as$args[[1L]]
      p <- if (is.symbol(p) || is.character(p)) as.character(p) else "?"
      if (!p %in% ALLOWED_PKGS) {
        return(if (p %in% c("graphics", "grDevices")) "graphics" else paste("package", p))
      }
    }
  }
  for (as in w$argsets) {
    if (as$fn == "detach" && length(as$args)) {
      a <- as$args[[1L]]
      a <- if (is.call(a) && identical(a[[1L]], as.name(":"))) paste0(as.character(a[[2L]]), ":", as.character(a[[3L]]))
           else if (is.character(a)) a else ""
      p <- sub("^package:", "", a)
      if (startsWith(a, "package:") && !p %in% ALLOWED_PKGS)
        return(if (p %in% c("graphics", "grDevices")) "graphics" else paste("package", p))
    }
  }
  qual <- grep("^[^:]+::", fnames, value = TRUE)
  for (q in qual) {
    p <- sub("::.*", "", q)
    if (!p %in% ALLOWED_PKGS) return(if (p %in% c("graphics", "grDevices")) "graphics" else paste("package", p))
  }
  qsyms <- w$symbols[w$symbols %in% c("::", ":::")]
  if (length(qsyms)) {
    # pkg::obj used as a value (not called)
    for (p in setdiff(intersect(w$symbols, rownames(installed.packages())), ALLOWED_PKGS)) {
      return(if (p %in% c("graphics", "grDevices")) "graphics" else paste("package", p))
    }
  }
  own <- st$defined
  free <- setdiff(w$symbols, own)
  for (p in names(st$foreign)) {
    hit <- intersect(free, st$foreign[[p]])
    hit <- setdiff(hit, c(st$allowed_objects))
    if (length(hit)) return(paste("package", p))
  }
  # graphics; a base::f, stats::f, utils::f ... is f
  ff <- setdiff(fnames, own)
  ff <- union(ff, sub("^(base|stats|utils|methods|datasets):::?", "", ff))
  if (any(ff %in% GRAPHICS_FUNS)) return("graphics")
  for (as in w$argsets) {
    if (as$fn %in% STATS_PLOTTING && !(as$fn %in% own) &&
        !has_arg_false(as, "plot") && !has_arg_false(as, "plot.it")) return("graphics")
    if (grepl("^(plot|lines|points|text|image|persp|contour|pairs|identify)\\.", as$fn) &&
        !(as$fn %in% own)) return("graphics")
  }
  # data(): kept for datasets objects
  for (as in w$argsets) {
    if (as$fn == "data" && !("data" %in% own)) {
      a <- vapply(as$args, function(x) if (is.symbol(x) || is.character(x)) as.character(x)[1L] else "", "")
      if (!length(a) || !all(a[as$names == "" | is.na(as$names)] %in% DATASETS) || any(as$names %in% c("package", "lib.loc")))
        return("files")
    }
  }
  for (reason in names(PRUNE_CALLS)) {
    set <- PRUNE_CALLS[[reason]]
    if (reason == "files") set <- setdiff(set, "data")
    hit <- setdiff(intersect(ff, set), own)
    if (reason == "timing" && isTRUE(st$keep_timing)) next
    if (reason == "timing") {
      # A top-level system.time(...) whose value source() discards prints nothing: kept.
      hit <- if (identical(w$top_system_time, TRUE)) setdiff(hit, "system.time") else hit
    }
    if (length(hit)) return(reason)
  }
  # reading or writing functions pointed at a file (a variable holding a connection to a file is
  # pruned where the file() call is)
  to_console <- function(v) (is.character(v) && identical(v, "")) || is.null(v) || is.symbol(v) ||
    (is.call(v) && as.character(v[[1L]])[1L] %in% c("stdout", "stderr", "textConnection", "rawConnection", "raw"))
  for (as in w$argsets) {
    if (!as$fn %in% names(FILE_ARGS) || as$fn %in% own) next
    fa <- FILE_ARGS[[as$fn]]
    if (fa %in% as$names && !to_console(as$args[[which(as$names == fa)[1L]]])) return("files")
    # the connection as second positional argument
    pos <- which(as$names == "")
    if (as$fn == "write" && !fa %in% as$names && length(pos) < 2L) return("files")  # file = "data"
    if (as$fn %in% c("writeLines", "dput", "serialize", "writeBin", "writeChar", "write") && length(pos) >= 2L &&
        !fa %in% as$names && !to_console(as$args[[pos[2L]]])) return("files")
    if (as$fn %in% c("readLines", "scan") && !"text" %in% as$names) {
      unnamed <- as$args[as$names == "" | is.na(as$names) | as$names == fa]
      a1 <- if (length(as$args) && length(unnamed)) unnamed[[1L]] else NULL
      if (is.null(a1) || identical(a1, "stdin") || identical(a1, "")) return("interactive")
      if (!to_console(a1)) return("files")
    }
  }
  NULL
}

# Prune the lines of a script. Returns list(lines, log) where log has one row per pruned expression
# (line, reason), or NULL when the script does not parse. With keep_timing, calls of the clock are
# kept (for scripts that compute timings and never print them).
prune_lines <- function(lines, keep_timing = FALSE) {
  exprs <- tryCatch(parse(text = lines, keep.source = TRUE), error = function(e) NULL)
  if (is.null(exprs)) return(NULL)
  srcrefs <- attr(exprs, "srcref")
  raw_lines <- lapply(lines, charToRaw)
  st <- list(foreign = list(), pruned = character(), defined = character(), keep_timing = keep_timing,
             attached = list(),
             allowed_objects = unlist(lapply(ALLOWED_PKGS, function(p) ls(paste0("package:", p), all.names = TRUE))))
  out <- character()       # text, concatenated then split into lines
  cur <- c(1L, 1L)          # line, byte of the next unread byte
  log <- data.frame(line = integer(), reason = character(), stringsAsFactors = FALSE)
  text_between <- function(l1, b1, l2, b2) {
    # bytes from (l1, b1) inclusive to (l2, b2) exclusive
    if (l1 > length(lines)) return("")
    if (l1 == l2) {
      if (b2 <= b1) return("")
      return(rawToChar(raw_lines[[l1]][b1:(b2 - 1L)]))
    }
    r <- raw_lines[[l1]]
    first <- if (b1 <= length(r)) rawToChar(r[b1:length(r)]) else ""
    mid <- if (l2 - l1 > 1L) lines[(l1 + 1L):(l2 - 1L)] else character()
    r2 <- if (l2 <= length(lines)) raw_lines[[l2]] else raw()
    last <- if (b2 > 1L) rawToChar(r2[1:(b2 - 1L)]) else ""
    paste(c(first, mid, last), collapse = "\n")
  }
  n_kept <- 0L
  last_pruned <- FALSE
  for (i in seq_along(exprs)) {
    sr <- srcrefs[[i]]
    e <- exprs[[i]]
    gap <- text_between(cur[1L], cur[2L], sr[1L], sr[2L])
    # the `;` that ended a pruned expression goes with it
    if (last_pruned) gap <- sub("^[ \t]*;", "", gap)
    etext <- text_between(sr[1L], sr[2L], sr[3L], sr[4L] + 1L)
    cur <- c(sr[3L], sr[4L] + 1L)
    w <- walk_expr(e)
    w$top_system_time <- is.call(e) && identical(e[[1L]], as.name("system.time"))
    reason <- prune_reason(w, st)
    # attaching an allowed package or a foreign one: remember the foreign package's objects
    for (as in w$argsets) {
      if (as$fn %in% c("library", "require") && length(as$args)) {
        p <- as$args[[1L]]
        p <- if (is.symbol(p) || is.character(p)) as.character(p) else ""
        if (nzchar(p) && !p %in% c(ALLOWED_PKGS, "graphics", "grDevices") && is.null(st$foreign[[p]]))
          st$foreign[[p]] <- foreign_objects(p)
      }
    }
    st <- update_attached(w, st, !is.null(reason))
    if (is.null(reason)) {
      out <- c(out, gap, etext)
      last_pruned <- FALSE
      st$defined <- union(st$defined, w$assigned)
      plain <- is.call(e) && as.character(e[[1L]])[1L] %in% c("<-", "=") && is.symbol(e[[2L]])
      if (plain) st$pruned <- setdiff(st$pruned, as.character(e[[2L]]))
      n_kept <- n_kept + 1L
    } else {
      st$pruned <- union(st$pruned, w$assigned)
      prev <- paste(c(out, gap), collapse = "")
      nl <- if (nzchar(prev) && !grepl("\n[ \t]*$", prev) && grepl("[^ \t\n]", sub(".*\n", "", prev))) "\n" else ""
      commented <- paste0("#- pruned (", reason, "): ", gsub("\n", "\n#- ", etext, fixed = TRUE))
      # code after the pruned expression on its last line goes on a line of its own
      rest <- if (sr[3L] <= length(lines)) text_between(sr[3L], sr[4L] + 1L, sr[3L], length(raw_lines[[sr[3L]]]) + 1L) else ""
      tail_nl <- if (grepl("[^ \t;]", sub("#.*", "", rest))) "\n" else ""
      out <- c(out, gap, nl, commented, tail_nl)
      last_pruned <- TRUE
      # attach(DATA) of another package's data set: its columns were to become variables
      for (as in w$argsets) {
        if (as$fn == "attach" && length(as$args) && is.symbol(as$args[[1L]]))
          st$pruned <- union(st$pruned, dataset_columns(as.character(as$args[[1L]]), names(st$foreign)))
      }
      log[nrow(log) + 1L, ] <- list(sr[1L], reason)
    }
  }
  tail <- text_between(cur[1L], cur[2L], length(lines) + 1L, 1L)
  if (last_pruned) tail <- sub("^[ \t]*;", "", tail)
  out <- c(out, tail)
  txt <- paste(out, collapse = "")
  list(lines = strsplit(txt, "\n", fixed = TRUE)[[1L]], log = log, kept = n_kept)
}
