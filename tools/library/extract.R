# extract.R -- R's own functions as data for the simulator.
#
# Writes, for each package the simulator runs (base, stats, utils, methods, grDevices), the deparsed source of
# every closure of its namespace and a note of every other object, in one file per package under
# src/rust/core/data/library/ (read by src/rust/core/src/lang/library.rs), and the table of R's
# primitives and .Internal functions (R_FunTab as the running R reports it).
#
# The closures are R 4.2.2's own code (GPL >= 2), taken from the installed R: the simulator
# parses them, models the byte code they were installed with, and runs them.
#
# Usage, from the project root: Rscript --vanilla tools/library/extract.R
# Each closure is checked to parse back to the same formals and body (`identical()`); closures
# whose deparsed text does not (bodies holding objects that have no source form) are listed as
# `#@ opaque` with the reason (so are closures with attributes, such as selfStart models), and the
# simulator does not run them.
stopifnot(getRversion() == "4.2.2")
out_dir <- "src/rust/core/data/library"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
opts <- c("keepInteger", "keepNA", "niceNames", "showAttributes")

round_trips <- function(f, text) {
    g <- tryCatch(eval(parse(text = text, keep.source = FALSE)[[1L]]), error = function(e) NULL)
    is.function(g) && identical(formals(g), formals(f)) && identical(body(g), body(f))
}

pkgs <- c("base", "stats", "utils", "methods", "grDevices")
for (pkg in pkgs) {
    ns <- asNamespace(pkg)
    exports <- if (pkg == "base") ls(baseenv(), all.names = TRUE) else getNamespaceExports(ns)
    lines <- c(sprintf("# R %s namespace:%s, extracted by tools/library/extract.R (GPL >= 2, R Core Team)",
                       getRversion(), pkg))
    n_clo <- n_opaque <- 0L
    for (name in sort(ls(ns, all.names = TRUE))) {
        obj <- get(name, envir = ns)
        exported <- if (name %in% exports) "exported" else "internal"
        if (is.primitive(obj)) {
            lines <- c(lines, sprintf("#@ primitive %s %s", exported, name))
        } else if (is.function(obj)) {
            # base has no srcrefs when installed: deparse shows the code the byte code was made of
            text <- deparse(obj, width.cutoff = 500L, control = opts)
            text <- gsub("\\(0\\+([0-9.eE+-]+i)\\)", "\\1", text)
            env <- environment(obj)
            where <- if (identical(env, ns)) "ns" else if (is.null(env)) "null" else "other"
            if (round_trips(obj, text) && where == "ns" && is.null(attributes(obj))) {
                lines <- c(lines, sprintf("#@ closure %s %s", exported, name), text)
                n_clo <- n_clo + 1L
            } else {
                why <- if (where != "ns") paste0("environment:", where)
                       else if (!is.null(attributes(obj))) "attributes" else "deparse"
                lines <- c(lines, sprintf("#@ opaque %s %s %s", exported, name, why))
                n_opaque <- n_opaque + 1L
            }
        } else {
            lines <- c(lines, sprintf("#@ value %s %s %s", exported, name, typeof(obj)))
        }
    }
    # S3 methods this namespace registers (generic, class, function name), as loadNamespace does
    s3 <- if (pkg == "base") NULL else getNamespaceInfo(ns, "S3methods")
    if (length(s3)) for (i in seq_len(nrow(s3)))
        lines <- c(lines, sprintf("#@ S3method %s %s %s", s3[i, 1L], s3[i, 2L], s3[i, 3L]))
    writeLines(lines, file.path(out_dir, paste0(pkg, ".R")))
    cat(sprintf("%-8s %4d closures, %3d opaque\n", pkg, n_clo, n_opaque))
}

# R_FunTab as seen from R: every primitive (builtin or special) and every .Internal.
internals <- builtins(internal = TRUE)
prims <- Filter(function(n) is.primitive(get(n, baseenv())), ls(baseenv(), all.names = TRUE))
rows <- c(sprintf("%s\tprimitive\t%s", prims, vapply(prims, function(n) typeof(get(n, baseenv())), "")),
          sprintf("%s\tinternal\t", sort(internals)))
writeLines(c("name\tkind\ttype", rows), file.path(out_dir, "funtab.tsv"))
cat(length(prims), "primitives,", length(internals), "internals\n")
