# native_routines.R -- the native routines the namespaces of base, stats, utils and methods bind.
#
# loadNamespace() binds each routine a package registers (useDynLib(pkg, .registration = TRUE,
# .fixes = "C_")) to a variable of its namespace: a NativeSymbolInfo list (name, address, dll,
# numParameters) of class CallRoutine, ExternalRoutine, CRoutine or FortranRoutine, which the
# package's closures pass to .Call(), .External(), .C() and .Fortran(). The simulator makes these
# objects from this table (src/rust/core/src/lang/builtins/dotcall.rs) and dispatches on their names.
#
# Usage, from the project root: Rscript --vanilla tools/library/native_routines.R
# Writes src/rust/core/data/library/native-routines.tsv: package, variable, native name, class,
# number of parameters (-1: not registered with a count).
stopifnot(getRversion() == "4.2.2")
rows <- NULL
for (pkg in c("base", "stats", "utils", "methods")) {
    ns <- asNamespace(pkg)
    for (name in sort(ls(ns, all.names = TRUE))) {
        obj <- get(name, envir = ns)
        if (!inherits(obj, "NativeSymbolInfo")) next
        n <- if (is.null(obj$numParameters)) -1L else obj$numParameters
        rows <- rbind(rows, data.frame(package = pkg, variable = name, name = obj$name,
                                       class = class(obj)[1L], parameters = n))
    }
}
write.table(rows, "src/rust/core/data/library/native-routines.tsv", sep = "\t", quote = FALSE,
            row.names = FALSE)
cat(nrow(rows), "native routines\n")
