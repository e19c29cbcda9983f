# R 4.2.2 namespace:methods, extracted by tools/library/extract.R (GPL >= 2, R Core Team)
#@ value exported .__C__.environment S4
#@ value exported .__C__.externalptr S4
#@ value exported .__C__.name S4
#@ value exported .__C__.NULL S4
#@ value exported .__C__.Other S4
#@ value exported .__C__( S4
#@ value exported .__C__{ S4
#@ value exported .__C__<- S4
#@ value exported .__C__activeBindingFunction S4
#@ value exported .__C__anova S4
#@ value exported .__C__anova.glm S4
#@ value exported .__C__anova.glm.null S4
#@ value exported .__C__ANY S4
#@ value exported .__C__aov S4
#@ value exported .__C__array S4
#@ value exported .__C__builtin S4
#@ value exported .__C__call S4
#@ value exported .__C__character S4
#@ value exported .__C__classGeneratorFunction S4
#@ value exported .__C__className S4
#@ value exported .__C__classPrototypeDef S4
#@ value exported .__C__classRepresentation S4
#@ value exported .__C__ClassUnionRepresentation S4
#@ value exported .__C__complex S4
#@ value exported .__C__conditionalExtension S4
#@ value exported .__C__data.frame S4
#@ value exported .__C__data.frameRowLabels S4
#@ value exported .__C__Date S4
#@ value exported .__C__defaultBindingFunction S4
#@ value exported .__C__density S4
#@ value exported .__C__derivedDefaultMethod S4
#@ value exported .__C__derivedDefaultMethodWithTrace S4
#@ value exported .__C__double S4
#@ value exported .__C__dump.frames S4
#@ value exported .__C__EmptyMethodsList S4
#@ value exported .__C__environment S4
#@ value exported .__C__envRefClass S4
#@ value exported .__C__expression S4
#@ value exported .__C__externalptr S4
#@ value exported .__C__externalRefMethod S4
#@ value exported .__C__factor S4
#@ value exported .__C__for S4
#@ value exported .__C__formula S4
#@ value exported .__C__function S4
#@ value exported .__C__functionWithTrace S4
#@ value exported .__C__genericFunction S4
#@ value exported .__C__genericFunctionWithTrace S4
#@ value exported .__C__glm S4
#@ value exported .__C__glm.null S4
#@ value exported .__C__groupGenericFunction S4
#@ value exported .__C__groupGenericFunctionWithTrace S4
#@ value exported .__C__hsearch S4
#@ value exported .__C__if S4
#@ value exported .__C__integer S4
#@ value exported .__C__integrate S4
#@ value exported .__C__internalDispatchMethod S4
#@ value exported .__C__language S4
#@ value exported .__C__libraryIQR S4
#@ value exported .__C__LinearMethodsList S4
#@ value exported .__C__list S4
#@ value exported .__C__listOfMethods S4
#@ value exported .__C__lm S4
#@ value exported .__C__localRefClass S4
#@ value exported .__C__logical S4
#@ value exported .__C__logLik S4
#@ value exported .__C__maov S4
#@ value exported .__C__matrix S4
#@ value exported .__C__MethodDefinition S4
#@ value exported .__C__MethodDefinitionWithTrace S4
#@ value exported .__C__MethodSelectionReport S4
#@ value exported .__C__MethodsList S4
#@ value exported .__C__MethodWithNext S4
#@ value exported .__C__MethodWithNextWithTrace S4
#@ value exported .__C__missing S4
#@ value exported .__C__mlm S4
#@ value exported .__C__mtable S4
#@ value exported .__C__mts S4
#@ value exported .__C__name S4
#@ value exported .__C__namedList S4
#@ value exported .__C__nonstandardGeneric S4
#@ value exported .__C__nonstandardGenericFunction S4
#@ value exported .__C__nonstandardGenericWithTrace S4
#@ value exported .__C__nonstandardGroupGenericFunction S4
#@ value exported .__C__nonStructure S4
#@ value exported .__C__NULL S4
#@ value exported .__C__numeric S4
#@ value exported .__C__ObjectsWithPackage S4
#@ value exported .__C__oldClass S4
#@ value exported .__C__OptionalFunction S4
#@ value exported .__C__optionalMethod S4
#@ value exported .__C__ordered S4
#@ value exported .__C__packageInfo S4
#@ value exported .__C__packageIQR S4
#@ value exported .__C__POSIXct S4
#@ value exported .__C__POSIXlt S4
#@ value exported .__C__POSIXt S4
#@ value exported .__C__PossibleMethod S4
#@ value exported .__C__raw S4
#@ value exported .__C__recordedplot S4
#@ value exported .__C__refClass S4
#@ value exported .__C__refClassRepresentation S4
#@ value exported .__C__refGeneratorSlot S4
#@ value exported .__C__refMethodDef S4
#@ value exported .__C__refMethodDefWithTrace S4
#@ value exported .__C__refObject S4
#@ value exported .__C__refObjectGenerator S4
#@ value exported .__C__repeat S4
#@ value exported .__C__rle S4
#@ value exported .__C__S3 S4
#@ value exported .__C__S4 S4
#@ value exported .__C__SClassExtension S4
#@ value exported .__C__SealedMethodDefinition S4
#@ value exported .__C__signature S4
#@ value exported .__C__socket S4
#@ value exported .__C__sourceEnvironment S4
#@ value exported .__C__special S4
#@ value exported .__C__standardGeneric S4
#@ value exported .__C__standardGenericWithTrace S4
#@ value exported .__C__structure S4
#@ value exported .__C__summary.table S4
#@ value exported .__C__summaryDefault S4
#@ value exported .__C__SuperClassMethod S4
#@ value exported .__C__table S4
#@ value exported .__C__traceable S4
#@ value exported .__C__ts S4
#@ value exported .__C__uninitializedField S4
#@ value exported .__C__vector S4
#@ value exported .__C__VIRTUAL S4
#@ value exported .__C__while S4
#@ value internal .__global__ character
#@ value internal .__IG__table environment
#@ value internal .__IGM__table environment
#@ value internal .__NAMESPACE__. environment
#@ value internal .__S3MethodsTable__. environment
#@ value exported .__T__[:base environment
#@ value exported .__T__[[<-:base environment
#@ value exported .__T__[<-:base environment
#@ value exported .__T__$:base environment
#@ value exported .__T__$<-:base environment
#@ value exported .__T__addNextMethod:methods environment
#@ value exported .__T__Arith:base environment
#@ value exported .__T__body<-:base environment
#@ value exported .__T__cbind2:methods environment
#@ value exported .__T__coerce:methods environment
#@ value exported .__T__coerce<-:methods environment
#@ value exported .__T__Compare:methods environment
#@ value exported .__T__Complex:base environment
#@ value exported .__T__initialize:methods environment
#@ value exported .__T__kronecker:base environment
#@ value exported .__T__loadMethod:methods environment
#@ value exported .__T__Logic:base environment
#@ value exported .__T__Math:base environment
#@ value exported .__T__Math2:methods environment
#@ value exported .__T__Ops:base environment
#@ value exported .__T__rbind2:methods environment
#@ value exported .__T__show:methods environment
#@ value exported .__T__slotsFromS3:methods environment
#@ value exported .__T__Summary:base environment
#@ value internal ..hasCodeTools logical
#@ value internal .AbnormalTypes character
#@ closure internal .actionMetaName
function (name) 
methodsPackageMetaName("A", name)
#@ closure internal .ActionMetaPattern
function () 
paste0("^[.]", substring(methodsPackageMetaName("A", ""), 2))
#@ closure internal .addAbnormalDataType
function (classes) 
{
    types <- match(classes, .AbnormalTypes, 0) > 0
    type = classes[types]
    if (length(type) == 0) 
        return(classes)
    if (length(type) > 1) 
        stop(gettextf("class definition cannot extend more than one of these data types: %s", paste0("\"", type, "\"", collapse = ", ")), domain = NA)
    class <- .indirectAbnormalClasses[type]
    if (is.na(class)) 
        stop(gettextf("abnormal type %s is not supported as a superclass of a class definition", dQuote(type)), domain = NA)
    c(class, classes[!types])
}
#@ closure internal .addMethodFrom
function (def, arg, Class, fromClass) 
{
    if (is(def, "MethodDefinition")) {
        def@target[[arg]] <- Class
        def@defined[[arg]] <- fromClass
    }
    def
}
#@ closure internal .addS3Class
function (class, prototype, contains, where) 
{
    for (what in contains) {
        whatDef <- getClassDef(what@superClass, package = packageSlot(what))
        if (isXS3Class(whatDef)) 
            class <- c(class, attr(whatDef@prototype, ".S3Class"))
    }
    attr(prototype, ".S3Class") <- unique(class)
    prototype
}
#@ closure internal .addToMetaTable
function (fdef, signature, definition, where, nSig = .getGenericSigLength(fdef)) 
{
    tname <- .TableMetaName(fdef@generic, fdef@package)
    where <- as.environment(where)
    if (!is.null(table <- where[[tname]])) {
        if (length(signature) > nSig) 
            .resetTable(table, length(signature), fdef@signature[seq_along(signature)])
    }
    else {
        table <- new.env(TRUE, environment(fdef))
        assign(tname, table, envir = where)
    }
    .cacheMethodInTable(fdef, signature, definition, table)
}
#@ closure internal .allowPrimitiveMethods
function (onOff) 
{
    code <- if (onOff) 
        "SET"
    else "CLEAR"
    .Call(C_R_M_setPrimitiveMethods, "", NULL, code, NULL, NULL)
}
#@ closure internal .ambiguousMethodMessage
function (cond) 
{
    selected <- attr(cond, "selected")
    if (is.null(selected)) {
        message(cond$message)
    }
    else {
        possible <- attr(cond, "candidates")
        message(gettextf("Note: method with signature %s chosen for function %s,\n target signature %s.\n %s would also be valid", sQuote(selected), sQuote(attr(cond, "generic")), sQuote(attr(cond, "target")), paste0("\"", possible[is.na(match(possible, selected))], "\"", collapse = ", ")), domain = NA)
    }
}
#@ value internal .anyClassName character
#@ closure internal .asCoerceMethod
function (def, thisClass, ClassDef, replace, where) 
{
    fdef <- if (replace) 
        quote(function(from, to = TO, value) NULL)
    else quote(function(from, to = TO, strict = TRUE) NULL)
    fdef[[2L]]$to <- ClassDef@className
    fdef <- eval(fdef)
    body(fdef, environment(def)) <- body(def)
    attr(fdef, "srcref") <- attr(def, "srcref")
    sig <- new("signature")
    sig@.Data <- c(thisClass, ClassDef@className)
    sig@names <- c("from", "to")
    thisPackage <- packageSlot(thisClass)
    sig@package <- if (is.null(thisPackage)) 
        c(getPackageName(where, FALSE), ClassDef@package)
    else c(thisPackage, ClassDef@package)
    value <- new("MethodDefinition")
    value@.Data <- fdef
    value@target <- sig
    value@defined <- sig
    value@generic <- structure(if (replace) 
        "coerce<-"
    else "coerce", package = "methods")
    value
}
#@ closure internal .asFromReplace
function (fromClass, toClass, ClassDef, where) 
{
    replaceMethod <- ClassDef@contains[[fromClass]]
    if (is(replaceMethod, "SClassExtension") && !identical(as(replaceMethod@replace, "function"), .ErrorReplace)) {
        f <- function(from, to) NULL
        body(f, envir = where) <- substitute({
            obj <- new(TOCLASS)
            as(obj, FROMCLASS) <- from
            obj
        }, list(FROMCLASS = fromClass, TOCLASS = toClass))
        f
    }
    else NULL
}
#@ closure internal .asGroupArgument
function (group) 
{
    if (is.character(group)) {
        if (identical(group, "")) 
            list()
        else as.list(group)
    }
    else group
}
#@ closure internal .asS4
function (object) 
asS4(object, TRUE, 0L)
#@ closure internal .assignActionListNames
function (where) 
{
    actionListName <- .actionMetaName("")
    if (exists(actionListName, envir = where, inherits = FALSE)) 
        get(actionListName, envir = where)
    else character()
}
#@ closure internal .assignActions
function (actions, anames, where) 
{
    for (i in seq_along(actions)) {
        f <- actions[[i]]
        fname <- anames[[i]]
        if (!is.function(f)) 
            stop(gettextf("non-function action: %s", sQuote(fname)), domain = NA)
        if (length(formals(f)) == 0) 
            stop(gettextf("action function %s has no arguments, should have at least 1", sQuote(fname)), domain = NA)
    }
    for (i in seq_along(actions)) assign(.actionMetaName(anames[[i]]), actions[[i]], envir = where)
}
#@ closure internal .assignedVars
function (e) 
{
    locals <- list()
    globals <- list()
    walker <- codetools::makeCodeWalker(call = function(e, w) {
        callto <- e[[1]]
        if (is.symbol(callto)) 
            switch(as.character(callto), `<-` = , `=` = {
                locals <<- .mergeAssigns(locals, .assignExpr(e))
            }, `<<-` = {
                globals <<- .mergeAssigns(globals, .assignExpr(e))
            })
        for (ee in as.list(e)) if (!missing(ee)) 
            codetools::walkCode(ee, w)
    }, leaf = function(e, w) NULL)
    codetools::walkCode(e, walker)
    list(locals = locals, globals = globals)
}
#@ closure internal .assignExpr
function (e) 
{
    value <- list()
    value[[codetools::getAssignedVar(e)]] <- deparse(e, nlines = 1L)
    value
}
#@ closure internal .assignMethodsTableMetaData
function (name, generic, where, table) 
{
    what <- .TableMetaName(generic@generic, generic@package)
    if (missing(table)) 
        table <- .copyEnv(.getMethodsTable(generic))
    assign(what, table, envir = as.environment(where))
}
#@ closure internal .assignOverBinding
function (what, value, where, verbose = TRUE) 
{
    if (verbose) {
        pname <- getPackageName(where)
        msg <- gettextf("assigning over the binding of symbol %s in environment/package %s", sQuote(what), sQuote(pname))
        message(strwrap(msg), domain = NA)
    }
    warnOpt <- options(warn = -1)
    on.exit(options(warnOpt))
    if (is.function(value)) {
        fenv <- environment(value)
        if (is.null(fenv)) 
            fenv <- baseenv()
        if (!identical(fenv, where) && exists(what, envir = fenv, inherits = FALSE) && bindingIsLocked(what, fenv)) {
            unlockBinding(what, fenv)
            assign(what, value, fenv)
            lockBinding(what, fenv)
        }
    }
    if (exists(what, envir = where, inherits = FALSE) && bindingIsLocked(what, where)) {
        unlockBinding(what, where)
        assign(what, value, where)
        lockBinding(what, where)
    }
    else assign(what, value, where)
}
#@ value internal .BasicClasses character
#@ closure internal .basicCoerceMethod
function (from, to, strict = TRUE) 
stop("undefined 'coerce' method")
#@ value internal .BasicFunsList list
#@ value internal .BasicSubsetFunctions character
#@ closure internal .bindingMetaName
function (fieldName) 
paste0(".->", fieldName)
#@ closure internal .cacheClass
function (name, def, doSubclasses = FALSE, env) 
{
    if (!isFALSE(doSubclasses)) 
        .recacheSubclasses(def@className, def, env)
    if (!is.null(prev <- .classTable[[name]])) {
        newpkg <- def@package
        if (is(prev, "classRepresentation")) {
            if (identical(prev, def)) 
                return()
            pkg <- prev@package
            if (identical(pkg, newpkg)) {
                .cache_class(name, .extendsForS3(def))
                return(.classTable[[name]] <- def)
            }
            else if (.simpleDuplicateClass(def, prev)) 
                return()
            prev <- list(prev)
            names(prev) <- pkg
        }
        prev[[newpkg]] <- def
        def <- prev
        if (length(def) > 1L) 
            .duplicateClassesExist(TRUE)
    }
    .classTable[[name]] <- def
}
#@ closure internal .cacheGeneric
function (name, def) 
.cacheGenericTable(name, def, .genericTable)
#@ closure internal .cacheGenericTable
function (name, def, table) 
{
    fdef <- def
    if (!is.null(prev <- table[[name]])) {
        newpkg <- def@package
        if (is.function(prev)) {
            if (identical(prev, def)) 
                return(fdef)
            pkg <- prev@package
            if (identical(pkg, newpkg)) {
                table[[name]] <- def
                return(fdef)
            }
            prev <- list(prev)
            names(prev) <- pkg
        }
        i <- match(newpkg, names(prev))
        if (is.na(i)) 
            prev[[newpkg]] <- def
        else if (identical(def, prev[[i]])) 
            return(fdef)
        else prev[[i]] <- def
        def <- prev
    }
    .getMethodsTable(fdef)
    table[[name]] <- def
    fdef
}
#@ closure internal .cacheImplicitGeneric
function (name, def) 
.cacheGenericTable(name, def, .implicitTable)
#@ closure internal .cacheMethodInTable
function (fdef, sig, def, table = get(".AllMTable", envir = fenv)) 
{
    fenv <- environment(fdef)
    if (missing(table) && !exists(".AllMTable", envir = fenv, inherits = FALSE)) 
        .setupMethodsTables(fdef)
    sig <- .matchSigLength(sig, fdef, fenv, TRUE)
    label <- .sigLabel(sig)
    isCurrent <- exists(label, envir = table, inherits = FALSE)
    if (is.null(def)) {
        if (isCurrent) 
            remove(list = label, envir = table)
    }
    else {
        dupl <- .duplicateClassesExist()
        def <- .methodPackageSlots(def, label, table, dupl, isCurrent)
        assign(label, def, envir = table)
    }
}
#@ closure internal .ChangeFormals
function (def, defForArgs, msg = "<unidentified context>") 
{
    if (!is.function(def)) 
        stop(gettextf("trying to change the formal arguments in %s in an object of class %s; expected a function definition", msg, dQuote(class(def))), domain = NA)
    if (!is.function(defForArgs)) 
        stop(gettextf("trying to change the formal arguments in %s, but getting the new formals from an object of class %s; expected a function definition", msg, dQuote(class(def))), domain = NA)
    old <- formalArgs(def)
    new <- formalArgs(defForArgs)
    if (length(old) < length(new)) 
        stop(gettextf("trying to change the formal arguments in %s, but the number of existing arguments is less than the number of new arguments: (%s) vs (%s)", msg, paste0("\"", old, "\"", collapse = ", "), paste0("\"", new, "\"", collapse = ", ")), domain = NA)
    if (length(old) > length(new)) 
        warning(gettextf("trying to change the formal arguments in %s, but the number of existing arguments is greater than the number of new arguments (the extra arguments won't be used): (%s) vs (%s)", msg, paste0("\"", old, "\"", collapse = ", "), paste0("\"", new, "\"", collapse = ", ")), domain = NA)
    if (identical(old, new)) 
        return(def)
    dlist <- as.list(def)
    slist <- lapply(c(old, new), as.name)
    names(slist) <- c(new, old)
    vlist <- dlist
    for (i in seq_along(vlist)) vlist[[i]] <- do.call("substitute", list(vlist[[i]], slist))
    dnames <- names(dlist)
    whereNames <- match(old, dnames)
    if (anyNA(whereNames)) 
        stop(gettextf("in changing formal arguments in %s, some of the old names are not in fact arguments: %s", msg, paste0("\"", old[is.na(match(old, names(dlist)))], "\"", collapse = ", ")), domain = NA)
    dnames[whereNames] <- new
    names(vlist) <- dnames
    as.function(vlist, envir = environment(def))
}
#@ closure internal .checkDuplicateMethodClasses
function (classDefs, env, label) 
{
    supers <- strsplit(label, "#", TRUE)[[1]]
    sigs <- sort(names(env))
    plabels <- strsplit(sigs, "#", TRUE)
    hasSubclass <- vapply(plabels, .hasThisSubclass, logical(1L), classDefs = classDefs, supers = supers)
    mget(sigs[hasSubclass], env)
}
#@ closure internal .checkFieldsInMethod
function (methodDef, fieldNames, methodNames) 
{
    if (!.hasCodeTools()) 
        return(NA)
    p0q <- function(x) paste0("\"", x, "\"", collapse = "; ")
    if (is(methodDef, "refMethodDef")) {
        methodName <- p0q(methodDef@name)
        className <- p0q(methodDef@refClassName)
    }
    else {
        methodName <- className <- ""
    }
    assigned <- .assignedVars(body(methodDef))
    locals <- names(assigned$locals)
    localsAreFields <- match(locals, fieldNames, 0) > 0
    if (any(localsAreFields)) 
        warning(gettextf("local assignment to field name will not change the field:\n    %s\n Did you mean to use \"<<-\"? ( in method %s for class %s)", paste(unlist(assigned$locals)[localsAreFields], collapse = "; "), methodName, className), domain = NA)
    globals <- names(assigned$globals)
    globalsNotFields <- is.na(match(globals, c(fieldNames, ".self")))
    if (any(globalsNotFields)) 
        warning(gettextf("non-local assignment to non-field names (possibly misspelled?)\n    %s\n( in method %s for class %s)", paste(unlist(assigned$globals)[globalsNotFields], collapse = "; "), methodName, className), domain = NA)
    globalsInMethods <- match(globals, methodNames, 0) > 0
    if (any(globalsInMethods)) 
        stop(gettextf("non-local assignment to method names is not allowed\n    %s\n( in method %s for class %s)", paste(unlist(assigned$globals)[globalsInMethods], collapse = "; "), methodName, className), domain = NA)
    !any(localsAreFields) && !any(globalsNotFields)
}
#@ closure internal .checkGeneric
function (what, where) 
{
    .checkFun <- function(x) {
        maybe <- if (!is.null(f <- get0(x, where))) 
            is.function(f)
        else FALSE
        if (maybe) 
            maybe <- is(f, "genericFunction") || (length(grep("UseMethod", deparse(f))) > 0) || is.primitive(f)
        maybe
    }
    vapply(what, .checkFun, NA)
}
#@ closure internal .checkGroupSigLength
function (gnames, generics = lapply(gnames, getGeneric)) 
{
    funs <- gnames
    recall <- FALSE
    for (i in seq_along(gnames)) {
        what <- gnames[[i]]
        fdef <- generics[[i]]
        if (!is(fdef, "groupGenericFunction")) {
            warning(gettextf("trying to check signature length of group generic '%s', but it is not a group generic", what), domain = NA)
            next
        }
        if (length(fdef@group)) {
            gnames[[i]] <- fdef@group
            generics[[i]] <- lapply(fdef@group, getGeneric)
            recall <- TRUE
            next
        }
        funs <- c(funs, getGroupMembers(fdef, TRUE, FALSE))
    }
    if (recall) 
        return(Recall(unlist(gnames, FALSE), unlist(generics, FALSE)))
    funs <- unique(funs)
    fdefs <- lapply(funs, function(x) {
        if (is.character(x) && length(x) == 1L) 
            getGeneric(x)
        else x
    })
    sigs <- rep(0, length(funs))
    for (i in seq_along(sigs)) {
        what <- funs[[i]]
        fdef <- fdefs[[i]]
        if (is.null(fdef)) 
            next
        if (!is(fdef, "genericFunction")) 
            warning(gettextf("trying to check signature length of generic '%s', but it is not a generic function: i = %d, funs = %s, gnames = %s", what, i, paste(unlist(funs), collapse = ", "), paste(as.character(gnames), collapse = ", ")), domain = NA)
        else {
            ev <- environment(fdef)
            if (is.null(sigl <- ev$.SigLength)) {
                .setupMethodsTables(fdef)
                sigl <- get(".SigLength", envir = ev)
            }
            sigs[i] <- sigl
        }
    }
    n <- max(sigs)
    reset <- sigs < n & sigs > 0
    if (any(reset)) {
        funs <- funs[reset]
        fdefs <- fdefs[reset]
        for (fdef in fdefs) {
            .resetSigLength(fdef, n)
        }
    }
    funs
}
#@ closure internal .checkRequiredGenerics
function (Class, classDef, where) 
{
    supers <- names(classDef@contains)
    allNeeded <- get(".NeedPrimitiveMethods", envir = .methodsNamespace)
    specials <- names(allNeeded)
    needed <- match(specials, supers, 0L) > 0L
    if (any(needed)) {
        generics <- unique(allNeeded[needed])
        packages <- vapply(generics, function(g) {
            def <- getGeneric(g)
            pkg <- def@package
            cacheGenericsMetaData(g, def, TRUE, where, pkg)
            pkg
        }, character(1))
        previous <- if (exists(".requireCachedGenerics", where, inherits = FALSE)) 
            get(".requireCachedGenerics", where)
        else character()
        packages <- c(attr(previous, "package"), packages)
        gg <- c(previous, generics)
        attr(gg, "package") <- packages
        assign(".requireCachedGenerics", gg, where)
    }
}
#@ closure internal .checkSubclasses
function (class, def, class2, def2, where) 
{
    where <- as.environment(where)
    subs <- def@subclasses
    subNames <- names(subs)
    extDefs <- def2@subclasses
    for (i in seq_along(subs)) {
        what <- subNames[[i]]
        if (.identC(what, class2)) 
            next
        cname <- classMetaName(what)
        cpkg <- packageSlot(subs[[i]]@subClass)
        subclassIsLocal <- identical(cpkg, packageSlot(def))
        if (!subclassIsLocal) {
            if (is(def2, "ClassUnionRepresentation")) 
                next
            warning(gettextf(paste("From .checkSubclasses(): subclass %s (of package %s) is not local to superclass %s (of package %s), which is not a class union, so inheritance information will be lost."), .dQ(what), .dQ(cpkg), .dQ(class2), .dQ(packageSlot(def)), domain = NA))
            cwhere <- .requirePackage(cpkg)
        }
        else {
            cwhere <- where
        }
        subDef <- get(cname, envir = cwhere, inherits = FALSE)
        extension <- extDefs[[what]]
        if (is.null(extension)) 
            warning(gettextf("no definition of inheritance from %s to %s, though the relation was implied by the setIs() from %s", .dQ(what), .dQ(def2@className), .dQ(class)), call. = FALSE, domain = NA)
        else if (is.na(match(class2, names(subDef@contains)))) {
            if (isTRUE(as.logical(Sys.getenv("_R_METHODS_SHOW_CHECKSUBCLASSES", "false")))) 
                message(sprintf(paste("Debugging .checkSubclasses(): assignClassDef(what=\"%s\", *, where=%s, force=TRUE);\n", "E := environment(): %s; parent.env(E): %s"), what, format(cwhere), format(E <- environment()), format(parent.env(E))))
            subDef@contains[[class2]] <- extension
            assignClassDef(what, subDef, cwhere, TRUE)
        }
    }
    NULL
}
#@ closure internal .choosePos
function (thisClass, superclasses, subNames, affected) 
{
    candidates <- list()
    allNames <- c(thisClass, superclasses)
    dups <- unique(superclasses[affected])
    whichCase <- names(subNames)
    for (what in dups) {
        where <- seq_along(allNames)[match(allNames, what, 0) > 0]
        whatRemove <- lapply(-seq_along(where), function(x, y) y[x], y = where)
        if (length(candidates) == 0) 
            candidates <- whatRemove
        else candidates <- outer(candidates, whatRemove, function(x, y) mapply(c, x, y, SIMPLIFY = FALSE))
    }
    problems <- function(x, y) any(diff(match(y, x)) < 0)
    possibles <- lapply(candidates, function(x, names) names[-x], names = allNames)
    scores <- vector("list", length(possibles))
    for (i in seq_along(possibles)) {
        score <- vapply(subNames, problems, NA, x = possibles[[i]])
        scores[[i]] <- whichCase[score]
        if (!any(score)) 
            return(-candidates[[i]] + 1)
    }
    i <- which.min(lengths(scores))
    list(-candidates[[i]] + 1, scores[[i]])
}
#@ closure internal .class1
function (x) 
{
    cl <- class(x)
    if (length(cl) > 1L) 
        cl[[1L]]
    else cl
}
#@ closure internal .classDefEnv
function (classDef) 
{
    .requirePackage(classDef@package)
}
#@ closure internal .classDefIsLocked
function (classDef) 
{
    what <- classMetaName(classDef@className)
    env <- .NamespaceOrEnvironment(classDef@package)
    is.environment(env) && exists(what, envir = env, inherits = FALSE) && bindingIsLocked(what, env)
}
#@ closure exported .classEnv
function (Class, default = .requirePackage("methods"), mustFind = TRUE) 
{
    package <- {
        if (is.character(Class)) 
            packageSlot(Class)
        else Class@package
    }
    if (is.null(package)) {
        value <- default
        def <- getClassDef(Class, value, NULL)
        if (is.null(def)) {
            value <- .GlobalEnv
            def <- getClassDef(Class, value, NULL)
            if (is.null(def)) {
                value <- .requirePackage("methods")
                if (!identical(default, value)) 
                  def <- getClassDef(Class, value, NULL)
            }
        }
        if (is.null(def) && mustFind) 
            stop(gettextf("unable to find an environment containing class %s", dQuote(Class)), domain = NA)
        value
    }
    else .requirePackage(package)
}
#@ closure internal .ClassMetaPattern
function () 
paste0("^[.]", substring(methodsPackageMetaName("C", ""), 2))
#@ closure internal .className
function (cl) 
if (is(cl, "classRepresentation")) cl@className else as(cl, "character")
#@ closure internal .classNameFromMethods
function (what) 
{
    packageSlot(what) <- "methods"
    what
}
#@ value internal .classTable environment
#@ closure internal .combineExtends
function (byExt, toExt, by, to, strictBy) 
{
    f <- toExt@coerce
    toExpr <- body(f)
    fBy <- byExt@coerce
    byExpr <- body(fBy)
    if (byExt@simple && toExt@simple) {
        expr <- (if (byExt@dataPart) 
            substitute({
                if (strict) from <- from@.Data
                EXPR
            }, list(EXPR = toExpr))
        else if (toExt@dataPart) 
            substitute({
                from <- EXPR
                if (strict) from@.Data
            }, list(EXPR = byExpr))
        else (if (identical(byExpr, quote(from)) && identical(toExpr, quote(from))) 
            quote(from)
        else substitute({
            from <- E1
            E2
        }, list(E1 = byExpr, E2 = toExpr))))
        body(f, envir = environment(f)) <- expr
    }
    else {
        toExt@simple <- FALSE
        if (!identical(byExpr, quote(from))) 
            body(f, envir = environment(f)) <- substitute({
                from <- as(from, BY, strict = strict)
                TO
            }, list(BY = by, TO = toExpr))
    }
    toExt@coerce <- f
    f <- toExt@test
    toExpr <- body(f)
    byExpr <- body(byExt@test)
    if (!isTRUE(byExpr)) {
        if (!isTRUE(toExpr)) 
            body(f, envir = environment(f)) <- substitute((BY) && (TO), list(BY = byExpr, TO = toExpr))
        else body(f, envir = environment(f)) <- byExpr
    }
    toExt@test <- f
    f <- byExt@replace
    byExpr <- body(f)
    if (!strictBy) {
        toDef <- getClassDef(to, package = packageSlot(toExt))
        byDef <- getClassDef(by, package = packageSlot(byExt))
        strictBy <- is.null(toDef) || is.null(byDef) || toDef@virtual || byDef@virtual
    }
    if (isVirtualClass(by, .requirePackage(packageSlot(byExt)))) {
        skipDef <- getClassDef(by, package = packageSlot(byExt))
        skipExt <- skipDef@contains[[to]]
        if (!is.null(skipExt)) {
            body(f, envir = environment(f)) <- call("as", body(skipExt@replace), byExt@subClass)
        }
    }
    else {
        expr <- substitute({
            .value <- as(from, BY, STRICT)
            as(.value, TO) <- value
            value <- .value
            BYEXPR
        }, list(BY = by, TO = to, BYEXPR = byExpr, STRICT = strictBy))
        body(f, envir = environment(f)) <- expr
    }
    toExt@replace <- f
    toExt@by <- toExt@subClass
    toExt@subClass <- byExt@subClass
    toExt@distance <- toExt@distance + byExt@distance
    if (is(byExt, "conditionalExtension") && !is(toExt, "conditionalExtension")) 
        class(toExt) <- class(byExt)
    toExt@package <- byExt@package
    toExt
}
#@ closure internal .completeClassSlots
function (ClassDef, where) 
{
    properties <- ClassDef@slots
    ext <- getAllSuperClasses(ClassDef, TRUE)
    if (length(ext)) {
        superProps <- vector("list", length(ext) + 1L)
        superProps[[1L]] <- properties
        for (i in seq_along(ext)) {
            eClass <- ext[[i]]
            if (isClass(eClass, where = where)) 
                superProps[[i + 1]] <- getClassDef(eClass, where = where)@slots
        }
        properties <- unlist(superProps, recursive = FALSE)
        if (anyDuplicated(allNames(properties))) {
            duped <- duplicated(names(properties))
            properties <- properties[!duped]
        }
    }
    undefClasses <- rep.int(FALSE, length(properties))
    for (i in seq_along(properties)) {
        cli <- properties[[i]]
        if (is.null(packageSlot(cli))) {
            cliDef <- getClassDef(cli, where)
            if (is.null(cliDef)) 
                undefClasses[[i]] <- TRUE
            else packageSlot(properties[[i]]) <- cliDef@package
        }
        else {
            cliDef <- getClassDef(cli)
            if (is.null(cliDef)) 
                undefClasses[[i]] <- TRUE
        }
    }
    if (any(undefClasses)) 
        warning(sprintf(gettext("undefined slot classes in definition of %s: %s", domain = "R-methods"), .dQ(ClassDef@className), paste0(names(properties)[undefClasses], gettextf("(class %s)", .dQ(unlist(properties, recursive = FALSE)[undefClasses])), collapse = ", ")), call. = FALSE, domain = NA)
    ClassDef@slots <- properties
    ClassDef
}
#@ closure internal .copyClass
function (class, env, envwhere) 
{
    message("Pretend we inserted class ", class, domain = NA)
}
#@ closure internal .copyEnv
function (env) 
{
    list2env(as.list(env, all.names = TRUE), hash = TRUE, parent = parent.env(env))
}
#@ closure internal .copyMethodDefaults
function (generic, method) 
{
    emptyDefault <- function(value) missing(value) || (is.name(value) && nzchar(as.character(value)))
    fg <- formals(generic)
    mg <- formals(method)
    emptyDef <- vapply(mg, emptyDefault, logical(1L))
    mg <- mg[!emptyDef]
    i <- match(names(fg), names(mg))
    formals(generic)[!is.na(i)] <- mg[i[!is.na(i)]]
    generic
}
#@ closure internal .copyMethods
function (f, tableName, env, envwhere) 
{
    differs <- function(o1, o2) !(is.function(o2) && identical(body(o2), body(o2)) && identical(args(o1), args(o2)))
    table <- get(tableName, envir = env)
    fdef <- getGeneric(f, where = envwhere)
    if (!is(fdef, "genericFunction")) {
        message(gettextf("%s() is not a generic function in the target environment -- methods will not be inserted", f), domain = NA)
        return(NULL)
    }
    curTable <- getMethodsForDispatch(fdef)
    allObjects <- sort(names(table))
    if (length(allObjects) > 0) {
        methodsInserted <- as.character(Filter(function(this) {
            def <- get(this, envir = table)
            curdef <- curTable[[this]]
            if (differs(def, curdef)) {
                suppressMessages(.TraceWithMethods(f, signature = this, where = envwhere, edit = env))
                TRUE
            } else FALSE
        }, allObjects))
        if (length(methodsInserted) > 0) 
            message(gettextf("Methods inserted for function %s(): %s", f, paste(methodsInserted, collapse = ", ")), domain = NA)
    }
}
#@ value internal .dataPartReplace list
#@ closure internal .dataSlot
function (slotNames) 
{
    dataSlot <- c(".Data", ".xData")
    dataSlot <- dataSlot[match(dataSlot, slotNames, 0) > 0]
    if (length(dataSlot) > 1) 
        stop("class cannot have both an ordinary and hidden data type")
    dataSlot
}
#@ closure exported .debugMethod
function (fun, text = "", condition = NULL, signature, once = FALSE) 
{
    stopifnot(is.null(condition), identical(text, ""))
    if (is.primitive(fun)) 
        fun <- getGeneric(fun)
    if (!is(fun, "genericFunction")) 
        stop("Function must be an S4 generic")
    if (isdebugged(fun, signature = signature)) 
        return(invisible(NULL))
    m <- selectMethod(fun, signature)
    bd <- body(m)
    isrematch <- isRematched(m)
    if (isrematch) 
        bd <- body(bd[[2L]][[3L]])
    at <- if (is(bd, "{")) 
        2L
    else numeric()
    tracer <- if (once) {
        if (isrematch) 
            quote(quote({
                untrace(sys.frame(2L)$.Generic, signature = sys.frame(2L)$.target)
                browser()
            }))
        else quote(quote({
            untrace(.Generic, signature = .target)
            browser()
        }))
    }
    else {
        quote(browser)
    }
    eval(substitute(trace(fun, tracer, signature = signature, print = TRUE, at = at), list(tracer = tracer)))
    invisible(NULL)
}
#@ closure internal .declaredMethods
function (method) 
{
    methods <- character()
    if (!.hasCodeTools()) 
        return(methods)
    .theseMethods <- function(e, w) {
        if (length(e) < 2) 
            character()
        else sapply(as.list(e)[-1], function(what) methods <<- c(methods, if (is.symbol(what)) as.character(what) else if (is.character(what)) what else character()))
    }
    walker <- codetools::makeCodeWalker(handler = function(v, w) {
        if (identical(v, "usingMethods")) 
            .theseMethods
        else NULL
    }, leaf = function(e, w) NULL)
    codetools::walkCode(body(method), walker)
    unique(methods)
}
#@ closure internal .declareVariables
function (def, env) 
{
    utils::globalVariables(c(names(def@fieldClasses), names(def@refMethods), ".self"), env)
}
#@ value internal .defaultPrototype S4
#@ closure internal .deleteSubClass
function (cdef, subclass) 
{
    subclasses <- cdef@subclasses
    ii <- match(subclass, names(subclasses), 0)
    if (ii > 0) {
        cdef@subclasses <- subclasses[-ii]
        cdef
    }
    else NULL
}
#@ closure internal .deleteSuperClass
function (cdef, superclass) 
{
    superclasses <- cdef@contains
    ii <- match(superclass, names(superclasses), 0L)
    if (ii) {
        cdef@contains <- superclasses[-ii]
        for (subclass in names(cdef@subclasses)) .removeSuperClass(subclass, superclass)
        cdef
    }
    else NULL
}
#@ closure internal .derivedDefaultMethod
function (fdef, internal = NULL) 
{
    if (is.function(fdef) && !is.primitive(fdef)) {
        if (!is.null(internal)) {
            value <- new("internalDispatchMethod", internal = internal)
        }
        else {
            value <- new("derivedDefaultMethod")
        }
        value@.Data <- fdef
        value@target <- value@defined <- .newSignature(list(.anyClassName), formalArgs(fdef))
        value
    }
    else fdef
}
#@ closure internal .directSubClasses
function (ClassDef) 
{
    if (length(sc <- ClassDef@subclasses)) {
        names(sc)[vapply(sc, function(cc) cc@distance == 1L, NA)]
    }
}
#@ closure internal .disambiguateMethods
function (target, which, generic, methods, supersList, fromGroup, classDefs, verbose) 
{
    candidates <- methods[which]
    note <- character()
    which2 <- .leastMethodDistance(candidates, supersList, classDefs, fromGroup[which])
    if (length(which2) < length(which)) {
        note <- c(sprintf(ngettext(which2, "Selecting %d method of minimum distance", "Selecting %d methods of minimum distance"), which2))
        which <- which[which2]
    }
    if (length(which) > 1 && any(fromGroup[which]) && !all(fromGroup[which])) {
        which <- which[!fromGroup]
        note <- c(note, sprintf(ngettext(length(which), "Selecting %d non-group method", "Selecting %d non-group methods"), length(which)))
    }
    if (length(which) > 1) {
        direct <- vapply(methods[which], function(x, target) (is(x, "MethodDefinition") && any(target == x@defined)), NA, target = target)
        if (any(direct) && !all(direct)) {
            which <- which[direct]
            note <- c(note, sprintf(ngettext(length(which), "Selecting %d partially exact-matching method", "Selecting %d partially exact-matching methods"), length(which)))
        }
    }
    which <- which[[1L]]
    if (identical(as.character(generic), "coerce")) 
        return(which)
    selected <- names(methods)[[which]]
    msg <- sprintf(ngettext(length(candidates), "Choosing method %s from %d ambiguous possibility", "Choosing method %s from %d ambiguous possibilities"), sQuote(selected), length(candidates))
    condObject <- simpleCondition(msg)
    class(condObject) <- c("ambiguousMethodSelection", class(condObject))
    attributes(condObject) <- c(attributes(condObject), list(candidates = names(candidates), target = .sigLabel(target), selected = selected, generic = generic, notes = if (length(note)) paste(note, collapse = "; ") else ""))
    if (verbose) 
        cat("   .disambiguateM*(): notes =\n\t", attr(condObject, "notes"), "\n")
    signalCondition(condObject)
    which
}
#@ closure internal .dollarForEnvRefClass
function (x, name) 
{
    what <- substitute(name)
    if (is.symbol(what)) 
        what <- as.character(what)
    else what <- name
    selfEnv <- as.environment(x)
    if (exists(what, envir = selfEnv, inherits = FALSE)) 
        get(what, envir = selfEnv)
    else if (is(x, "envRefClass")) 
        envRefInferField(x, what, getClass(class(x)), selfEnv)
    else stop(gettextf("%s is not a valid field or method name for this class", sQuote(what)), domain = NA)
}
#@ closure internal .dollarGetsForEnvRefClass
function (x, name, value) 
{
    what <- substitute(name)
    if (is.symbol(what)) 
        what <- as.character(what)
    else what <- name
    selfEnv <- as.environment(x)
    envRefSetField(x, what, refObjectClass(x), selfEnv, value)
    invisible(x)
}
#@ closure internal .doLoadActions
function (where, attach) 
{
    if (!attach) 
        return()
    actionListName <- .actionMetaName("")
    if (!exists(actionListName, envir = where, inherits = FALSE)) 
        return(list())
    actions <- get(actionListName, envir = where)
    for (what in actions) {
        aname <- .actionMetaName(what)
        if (!exists(aname, envir = where, inherits = FALSE)) {
            warning(gettextf("missing function for load action: %s", what))
            next
        }
        f <- get(aname, envir = where)
        value <- eval(substitute(tryCatch(FUN(WHERE), error = function(e) e), list(FUN = f, WHERE = where)), where)
        if (is(value, "error")) {
            callString <- deparse(value$call)[[1]]
            stop(gettextf("error in load action %s for package %s: %s: %s", aname, getPackageName(where), callString, value$message))
        }
    }
}
#@ closure internal .doSubNextCall
function (call, method) 
{
    idrop <- match("drop", names(call))
    hasDrop <- !is.na(idrop)
    if (hasDrop) {
        drop <- call$drop
        call <- call[-idrop]
    }
    fnames <- c("", formalArgs(method))
    i <- match("...", fnames)
    if (is.na(i) || i > length(call)) 
        length(fnames) <- length(call)
    else {
        i <- i - 1
        length(fnames) <- i
        cnames <- if (is.null(names(call))) 
            rep("", length(call) - i)
        else utils::tail(names(call), -i)
        fnames <- c(fnames, cnames)
    }
    names(call) <- fnames
    if (hasDrop) 
        call$drop <- drop
    as.call(call)
}
#@ closure exported .doTracePrint
function (msg = "") 
{
    call <- deparse(sys.call(sys.parent(1)))
    if (length(call) > 1) 
        call <- paste(call[[1L]], "....")
    cat("Tracing", call, msg, "\n")
}
#@ closure internal .doTraceTrace
function (on) 
{
    .assignOverBinding(".traceTraceState", on, environment(.doTraceTrace), FALSE)
    on
}
#@ closure internal .dotsClass
function (...) 
{
    if (missing(..1)) 
        "missing"
    else class(..1)
}
#@ closure internal .dotsGeneric
function (f) 
{
    if (!is(f, "genericFunction")) 
        f <- getGeneric(f)
    if (!is(f, "genericFunction") || !identical(f@signature, "...")) 
        stop("argument f must be a generic function with signature \"...\"")
    def <- .standardGenericDots
    body(def) <- eval(call("substitute", body(def), list(.dotsMethod = as.name(f@generic))))
    environment(def) <- environment(f)
    assign("standardGeneric", def, envir = environment(f))
    f
}
#@ closure internal .dQ
function (x) 
paste0("\"", x, "\"")
#@ closure internal .dummyMethodName
function (f, signature) 
paste(c(f, signature), collapse = "#")
#@ closure internal .dummySetMethod
function (f, signature = character(), definition, where = topenv(parent.frame()), valueClass = NULL, sealed = FALSE) 
{
    if (is.function(f) && is(f, "genericFunction")) 
        f <- fdef@generic
    else if (is.function(f)) {
        if (is.primitive(f)) 
            f <- .primname(f)
        else stop("a function for argument 'f' must be a generic function")
    }
    else f <- switch(f, as.double = "as.numeric", f)
    assign(.dummyMethodName(f, signature), definition, envir = where)
}
#@ closure internal .duplicateClassesExist
function (on) 
{
    value <- get("#HAS_DUPLICATE_CLASS_NAMES", envir = .classTable)
    if (nargs()) 
        assign("#HAS_DUPLICATE_CLASS_NAMES", on, envir = .classTable)
    value
}
#@ closure internal .eligibleSuperClasses
function (contains, simpleOnly) 
{
    what <- names(contains)
    if (!length(what)) 
        what
    else {
        eligible <- vapply(contains, if (simpleOnly) 
            function(x) (is.logical(x) && x) || x@simple
        else function(x) (is.logical(x) && x) || x@simple || isTRUE(body(x@test)), NA)
        what[eligible]
    }
}
#@ value exported .EmptyPrimitiveSkeletons list
#@ closure internal .ensureLocal
function (object, where) 
{
    if (!is(object, "envRefClass")) 
        stop(gettextf("Class %s is not a subclass of %s; functional semantics not defined for this class", dQuote(class(object)), dQuote("envRefClass")))
    selfEnv <- as.environment(object)
    if (exists(".localRefObjects", envir = where, inherits = FALSE)) {
        locals <- get(".localRefObjects", envir = where)
        for (i in rev(seq_along(locals))) if (identical(selfEnv, locals[[i]])) 
            return(object)
    }
    else locals <- list()
    what <- NULL
    for (obj in as.list(where, all.names = TRUE)) {
        if (is(obj, "envRefClass") && identical(selfEnv, as.environment(obj))) {
            what <- obj
            break
        }
    }
    if (is.null(what)) 
        stop("Could not find local object in supplied environment")
    value <- .shallowCopy(object, selfEnv)
    locals[[length(locals) + 1]] <- as.environment(value)
    assign(".localRefObjects", locals, envir = where)
    value
}
#@ closure internal .envSearch
function (env = topenv(parent.frame())) 
{
    if (identical(env, .GlobalEnv)) 
        seq_along(search())
    else if (isNamespace(env) && !isBaseNamespace(env)) {
        value <- list(env)
        repeat {
            if (identical(env, emptyenv())) 
                stop("botched namespace: failed to find 'base' namespace in its parents", domain = NA)
            env <- parent.env(env)
            value <- c(value, list(env))
            if (isBaseNamespace(env)) 
                break
        }
        value
    }
    else list(env)
}
#@ closure internal .ErrorReplace
function (from, to, value) 
stop(gettextf("no 'replace' method was defined for 'as(x, \"%s\") <- value' for class %s", to, dQuote(class(from))), domain = NA)
#@ closure internal .extendsForS3
function (Class) 
extends(Class, maybe = FALSE)
#@ closure internal .externalCallerEnv
function (n = 2, nmax = sys.nframe() - n + 1) 
{
    if (nmax < 1) 
        stop("got a negative maximum number of frames to look at")
    ev <- topenv(parent.frame())
    for (back in seq.int(from = -n, length.out = nmax)) {
        fun <- sys.function(back)
        if (is.function(fun)) {
            ev <- environment(fun)
            if (!identical(ev, .methodsNamespace)) 
                break
        }
    }
    ev
}
#@ value internal .extraSlotsDone environment
#@ closure internal .fileDesc
function (file) 
{
    if (is.character(file)) {
        if (nzchar(file)) 
            paste(" to the file", sQuote(file))
        else " to the standard output connection"
    }
    else if (inherits(file, "connection")) 
        paste(" to the connection", sQuote(summary(file)$description))
    else ""
}
#@ closure internal .fillSignatures
function (sigs, n) 
{
    siglens <- lengths(strsplit(sigs, "#", fixed = TRUE))
    short <- n > siglens
    suffix <- vapply(n - siglens[short], function(ni) paste(rep("ANY", ni), collapse = "#"), character(1L))
    sigs[short] <- paste(sigs[short], suffix, sep = "#")
    sigs
}
#@ closure internal .findAll
function (what, where = topenv(parent.frame())) 
{
    value <- list()
    if (is.environment(where)) {
        if (isNamespace(where)) 
            repeat {
                if (exists(what, where, inherits = FALSE)) 
                  value <- c(value, list(where))
                if (identical(where, emptyenv())) 
                  break
                where <- parent.env(where)
            }
        else {
            if (exists(what, where, inherits = FALSE)) 
                value <- c(value, list(where))
            for (i in seq_along(search())) {
                if (exists(what, i, inherits = FALSE)) {
                  evi <- as.environment(i)
                  addMe <- TRUE
                  for (other in value) if (identical(other, evi)) {
                    addMe <- FALSE
                    break
                  }
                  if (addMe) 
                    value <- c(value, list(evi))
                }
            }
        }
    }
    else for (i in where) {
        if (exists(what, i, inherits = FALSE)) 
            value <- c(value, list(i))
    }
    value
}
#@ closure internal .findFunEnvAndName
function (what, where, signature = NULL) 
{
    pname <- character()
    if (is.null(signature)) {
        whereF <- findFunction(what, where = where)
        if (length(whereF) > 0) 
            whereF <- whereF[[1L]]
        else return(list(pname = pname, whereF = baseenv()))
    }
    else whereF <- .genEnv(what, where)
    if ("name" %in% names(attributes(whereF))) 
        pname <- gsub("^.*:", "", attr(whereF, "name"))
    else if (isNamespace(whereF)) 
        pname <- .searchNamespaceNames(whereF)
    list(pname = pname, whereF = whereF)
}
#@ closure internal .findInheritedMethods
function (classes, fdef, mtable = NULL, table = get(".MTable", envir = environment(fdef)), excluded = NULL, useInherited, simpleOnly = .simpleInheritanceGeneric(fdef), verbose = FALSE, doCache = is.environment(mtable), where = environment(fdef)) 
{
    primMethods <- .allowPrimitiveMethods(FALSE)
    on.exit(.allowPrimitiveMethods(primMethods))
    if (!is.environment(table)) {
        if (is(fdef, "standardGeneric")) 
            stop(gettextf("invalid or unset methods table in generic function %s", sQuote(fdef@generic)), domain = NA)
        else stop("trying to find a methods table in a non-generic function")
    }
    hasGroup <- length(fdef@group) > 0L
    if (hasGroup) 
        groupGenerics <- .getAllGroups(list(fdef))
    doExcluded <- length(excluded) > 0L
    if (verbose) {
        plist <- function(x) paste(x, collapse = ", ")
        cat(" .findInheritedMethods(): (hasGroup, doCache, doExcluded)= (", plist(c("f", "T")[1 + c(hasGroup, doCache, doExcluded)]), ")\n", if (hasGroup) 
            paste0(" Group generics: ", plist(vapply(groupGenerics, slot, character(1), "generic")), "\n"), sep = "")
    }
    nargs <- length(classes)
    if (!missing(useInherited) && length(useInherited) < nargs) 
        useInherited <- rep(useInherited, length.out = nargs)
    if (hasGroup && !doExcluded) {
        label <- .sigLabel(classes)
        direct <- .getGroupMethods(label, groupGenerics, FALSE)
        if (length(direct)) {
            if (doCache) 
                assign(label, direct[[1L]], envir = mtable)
            return(direct)
        }
    }
    cl1 <- classes[[1L]]
    def <- getClass(cl1, where = where, .Force = TRUE)
    labels <- if (missing(useInherited) || useInherited[[1L]]) 
        c(cl1, .eligibleSuperClasses(def@contains, simpleOnly), "ANY")
    else cl1
    supersList <- list(labels)
    classDefs <- vector("list", nargs)
    classDefs[[1L]] <- def
    if (nargs > 1) {
        for (i in 2:nargs) {
            cc <- classDefs[[i]] <- getClass(classes[[i]], where = where, .Force = TRUE)
            allLabels <- if (missing(useInherited) || useInherited[[i]]) 
                c(cc@className, .eligibleSuperClasses(cc@contains, simpleOnly), "ANY")
            else cc@className
            labels <- outerLabels(labels, allLabels)
            supersList <- c(supersList, list(allLabels))
        }
    }
    labels <- labels[-1L]
    labels <- unique(labels)
    if (verbose) {
        cat(" .fI> length(unique(method labels)) = ", length(labels))
        if (verbose >= 2) {
            cat(";  labels = \n")
            print(labels)
        }
    }
    allMethods <- names(table)
    m <- match(labels, .fillSignatures(allMethods, length(classes)))
    found <- !is.na(m)
    methods <- mget(allMethods[m[found]], table)
    if (verbose) 
        cat(" >> found: ", length(methods), "\n")
    if (hasGroup) {
        groupmethods <- .getGroupMethods(labels, groupGenerics, found)
        fromGroup <- c(rep(FALSE, length(methods)), rep(TRUE, length(groupmethods)))
        if (verbose) 
            cat(" .fI> #{additional group methods}:", length(groupmethods), "\n")
        methods <- c(methods, groupmethods)
    }
    else fromGroup <- rep(FALSE, length(methods))
    if (.duplicateClassesExist()) {
        found <- integer()
        nm <- names(methods)
        for (i in seq_along(methods)) {
            m <- methods[[i]]
            if (is.environment(m)) {
                methods[[i]] <- .checkDuplicateMethodClasses(classDefs, m, nm[[i]])
                found <- c(found, i)
            }
        }
        if (length(found)) 
            methods <- unlist(methods, recursive = FALSE)
        if (!is.list(methods)) 
            methods <- list(methods)
    }
    if (doExcluded) 
        methods <- methods[is.na(match(names(methods), as.character(excluded)))]
    if (length(methods) > 1L) {
        defaultLabel <- paste(rep.int("ANY", nargs), collapse = "#")
        i <- match(defaultLabel, names(methods), 0L)
        if (i > 0L) {
            methods <- methods[-i]
            fromGroup <- fromGroup[-i]
        }
    }
    if (length(methods) > 1L) {
        if (verbose) 
            cat(" .fI> length(methods) = ", length(methods), " --> ambiguity\n")
        select <- .getBestMethods(methods, supersList, fromGroup, verbose = verbose)
        if (length(select) > 1L) {
            if (verbose) 
                cat(" .fI> found", length(select), " best methods\n")
            condAction <- getOption("ambiguousMethodSelection")
            if (is.null(condAction)) 
                condAction <- .ambiguousMethodMessage
            else if (!is.function(condAction)) 
                stop(gettextf("the \"ambiguousMethodSelection\" option should be a function to be called as the condition action; got an object of class %s", dQuote(class(condAction))), domain = NA)
            select <- withCallingHandlers(.disambiguateMethods(classes, select, fdef@generic, methods, supersList, fromGroup, classDefs, verbose), ambiguousMethodSelection = condAction)
        }
        methods <- methods[select]
    }
    if (simpleOnly && length(methods) == 0L) {
        methods <- Recall(classes, fdef, mtable, table, excluded, useInherited, simpleOnly, verbose, FALSE)
        if (length(methods) > 0L) 
            message(gettextf("No simply inherited methods found for function %s; using non-simple method", sQuote(fdef@generic)), domain = NA)
    }
    if (length(methods)) {
        tlabel <- .sigLabel(classes)
        m <- methods[[1L]]
        if (is(m, "MethodDefinition")) {
            m@target <- .newSignature(classes, fdef@signature)
            coerce <- .inheritedArgsExpression(m@target, m@defined, body(m))
            if (!is.null(coerce)) 
                body(m) <- coerce
            methods[[1L]] <- m
        }
        if (doCache) {
            if (verbose) 
                cat(" .fI> caching newly found methods ..\n")
            assign(tlabel, m, envir = mtable)
        }
    }
    methods
}
#@ closure internal .findMethodForFdef
function (signature, table, fdef = NULL) 
{
    value <- .findMethodInTable(signature, table, fdef)
    if (is.null(value) && is(fdef, "genericFunction")) {
        fullSig <- .matchSigLength(signature, fdef, environment(fdef), FALSE)
        if (!identical(fullSig, signature)) 
            value <- .findMethodInTable(signature, table, fdef, FALSE)
    }
    value
}
#@ closure internal .findMethodInTable
function (signature, table, fdef = NULL, expdSig = TRUE) 
{
    if (is(fdef, "genericFunction") && expdSig) 
        signature <- .matchSigLength(signature, fdef, environment(fdef), FALSE)
    label <- .sigLabel(signature)
    if (!is.null(value <- table[[label]])) {
        if (is.environment(value)) {
            pkgs <- names(value)
            if (length(pkgs) == 1) 
                value <- value[[pkgs]]
            else if (length(pkgs) == 0) 
                value <- NULL
        }
        value
    }
}
#@ closure internal .findNewDefForTrace
function (what, signature, env, package) 
{
    if (is.null(signature)) {
        if (exists(what, envir = env, inherits = FALSE)) 
            newObject <- get(what, envir = env)
        else stop(gettextf("no definition for object %s found in tracing environment", sQuote(what)), domain = NA)
    }
    else {
        table <- .TableMetaName(what, "")
        allObjects <- sort(names(env))
        i <- grep(table, allObjects, fixed = TRUE)
        if (length(i) == 1) 
            table <- env[[allObjects[[i]]]]
        else if (length(i) > 1) {
            table <- allObjects[[i[[1]]]]
            warning(gettextf("multiple generics match pattern, using table %s", table), domain = NA)
            table <- env[[table]]
        }
        else stop(gettextf("does not seem to be a method table for generic %s in tracing environment", sQuote(what)), domain = NA)
        if (exists(signature, envir = table, inherits = FALSE)) 
            newObject <- get(signature, envir = table)
        else stop(gettextf("no method in methods table for %s for signature %s", sQuote(what), sQuote(signature)), domain = NA)
    }
    newObject
}
#@ closure internal .findNextFromTable
function (method, f, optional, envir, prev = character()) 
{
    fdef <- getGeneric(f, where = envir)
    env <- environment(fdef)
    n <- get(".SigLength", envir = env)
    defined <- method@defined
    m <- length(defined)
    if (m > n) 
        length(defined) <- n
    else if (n > m) 
        defined <- new("signature", fdef, c(defined@.Data, rep("ANY", n - m)))
    excluded <- c(prev, .sigLabel(defined))
    allTable <- .getMethodsTable(fdef, inherited = TRUE)
    methods <- .findInheritedMethods(defined, fdef, mtable = NULL, table = allTable, excluded = excluded, where = envir)
    if (length(methods) == 0L) 
        methods <- list(finalDefaultMethod(fdef@default))
    if (length(methods) > 1L) 
        warning(sprintf(ngettext(length(methods), "found %d equally good next method", "found %d equally good next methods"), length(methods)), domain = NA)
    new("MethodWithNext", method, nextMethod = methods[[1L]], excluded = as.list(excluded))
}
#@ closure internal .findOrCopyClass
function (class, classDef, where, purpose) 
{
    whereIs <- findClass(classDef, where)
    if (length(whereIs)) 
        whereIs[[1L]]
    else {
        if (purpose != "subclass") 
            warning(gettextf("class %s is defined (with package slot %s) but no metadata object found to revise %s information---not imported?  Making a copy in package %s", .dQ(class), sQuote(classDef@package), purpose, sQuote(getPackageName(where, FALSE))), call. = FALSE, domain = NA)
        where
    }
}
#@ closure internal .findsGeneric
function (what, ns) 
{
    if (is(get(what, mode = "function", envir = ns), "genericFunction")) 
        1L
    else if (!is.null(.getGenericFromCache(what, ns))) 
        2L
    else 0L
}
#@ closure internal .fixPackageSlot
function (def, sig) 
{
    pkgs <- attr(sig, "package")
    if (is.null(pkgs)) 
        pkgs <- character(length(sig))
    fixme <- !nzchar(pkgs)
    if (any(fixme)) {
        for (i in seq_along(pkgs)[fixme]) pkgs[[i]] <- getClass(sig[[i]], .Force = TRUE)@package
        attr(sig, "package") <- pkgs
        def@target <- sig
        sig <- def@defined
        pkgs <- attr(sig, "package")
        if (is.null(pkgs)) 
            pkgs <- character(length(sig))
        fixme <- !nzchar(pkgs)
        if (any(fixme)) {
            for (i in seq_along(pkgs)[fixme]) pkgs[[i]] <- getClass(sig[[i]], .Force = TRUE)@package
            attr(sig, "package") <- pkgs
            def@defined <- sig
        }
    }
    def
}
#@ value internal .functionsOverriden character
#@ closure internal .gblEnv
function (f) 
{
    environment(f) <- .GlobalEnv
    f
}
#@ closure internal .genEnv
function (f, default = .requirePackage("methods"), package = "") 
{
    if (!nzchar(package)) 
        package <- packageSlot(f)
    if (is.null(package)) {
        value <- default
        def <- .getGeneric(f, value)
        if (is.null(def)) {
            value <- .GlobalEnv
            def <- .getGeneric(f, value)
            if (is.null(def)) {
                value <- .requirePackage("methods")
                if (!identical(default, value)) 
                  def <- .getGeneric(f, value)
            }
        }
        if (is.null(def)) 
            baseenv()
        else value
    }
    else .requirePackage(package)
}
#@ value internal .GeneratorMethods list
#@ closure internal .genericAssign
function (f, fdef, methods, where, deflt) 
{
    ev <- environment(fdef)
    assign(".Methods", methods, ev)
}
#@ closure internal .GenericAssign
function (name, fdef, where) 
{
    assign(name, fdef, where)
    .cacheGeneric(name, fdef)
    methods <- fdef@default
    assignMethodsMetaData(name, methods, fdef, where)
    .assignMethodsTableMetaData(name, fdef, where)
    name
}
#@ closure internal .genericEnv
function (fdef) 
parent.env(environment(fdef))
#@ closure internal .GenericInPrimitiveMethods
function (mlist, f) 
{
    methods <- mlist@methods
    for (i in seq_along(methods)) {
        mi <- methods[[i]]
        if (is.function(mi)) {
            body(mi, envir = environment(mi)) <- substitute({
                .Generic <- FF
                BODY
            }, list(FF = f, BODY = body(mi)))
        }
        else if (is(mi, "MethodsList")) {
            .MlistDeprecated()
            mi <- Recall(mi, f)
        }
        else stop(sprintf("internal error: Bad methods list object in fixing methods for primitive function %s", sQuote(f)), domain = NA)
        methods[[i]] <- mi
    }
    mlist@methods <- methods
    mlist
}
#@ closure internal .genericName
function (f) 
{
    if (is(f, "genericFunction")) 
        f@generic
    else as.character(f)
}
#@ closure internal .genericOrImplicit
function (name, pkg, env) 
{
    fdef <- .getGenericFromCache(name, env, pkg)
    if (is.null(fdef)) {
        penv <- tryCatch(getNamespace(pkg), error = function(e) e)
        if (!isNamespace(penv)) {
            pname <- paste0("package:", pkg)
            penv <- if (pname %in% search()) 
                as.environment(pname)
            else env
        }
        fdef <- getFunction(name, TRUE, FALSE, penv)
        if (!is(fdef, "genericFunction")) {
            if (is.primitive(fdef)) 
                fdef <- genericForBasic(name, penv)
            else fdef <- implicitGeneric(name, penv)
        }
    }
    fdef
}
#@ value internal .genericTable environment
#@ closure internal .getAllGroups
function (funs) 
{
    start <- length(funs)
    for (i in seq_along(funs)) {
        groups <- funs[[i]]@group
        funs <- c(funs, lapply(groups, function(what) {
            f <- getGeneric(what)
            if (!is.function(f)) stop("failed to find expected group generic function: ", what)
            f
        }))
    }
    if (length(funs) > start) {
        nmore <- length(funs) - start
        more <- Recall(funs[(start + 1):length(funs)])
        if (length(more) > nmore) 
            funs <- c(funs, more[(nmore + 1):length(more)])
    }
    funs
}
#@ closure internal .getBestMethods
function (methods, supersList, fromGroup, verbose = FALSE) 
{
    n <- length(methods)
    nArg <- length(supersList)
    sigs <- matrix("ANY", nArg, n)
    for (i in 1:n) {
        sig <- methods[[i]]@defined
        if (length(sig) < nArg) {
            if (verbose) 
                cat(sprintf(" .. method %d: length(sig) = %d < nArg = %d\n", i, length(sig), nArg))
            sigs[seq_along(sig), i] <- sig
        }
        else sigs[, i] <- sig
    }
    if (nArg < 2) {
        return(which.min(match(sigs[1L, ], supersList[[1L]])))
    }
    pos <- matrix(0L, nArg, n)
    for (i in 1:nArg) {
        pos[i, ] <- match(sigs[i, ], supersList[[i]])
    }
    valid <- colSums(is.na(pos)) == 0L
    best <- valid
    dominated <- !valid
    seqn <- seq_len(n)
    for (i in seqn[valid]) {
        for (j in seqn[-i][valid[-i]]) {
            diffs <- pos[, j] - pos[, i]
            if (any(diffs < 0)) {
                best[i] <- FALSE
                if (dominated[i]) 
                  break
            }
            if (all(diffs <= 0)) {
                dominated[i] <- TRUE
                if (!best[i]) 
                  break
            }
        }
    }
    if (verbose) 
        cat(if (any(best)) 
            paste(" have best ones", paste(format(seqn[best]), collapse = ","))
        else if (any(dominated)) 
            paste(" can eliminate dominated ones,", paste(format(seqn[dominated]), collapse = ",")), "\n")
    if (any(best)) 
        seqn[best]
    else seqn[!dominated]
}
#@ closure internal .getClassesFromCache
function (name) 
{
    .Call(C_R_getClassFromCache, name, .classTable)
}
#@ closure internal .getClassFromCache
function (name, where, package = packageSlot(name), resolve.confl = "first", resolve.msg = TRUE) 
{
    value <- .getClassesFromCache(name)
    if (is.list(value)) {
        value <- .resolveClassList(value, where, package, resolve.confl, resolve.msg)
    }
    value
}
#@ closure internal .getFromStandardPackages
function (name) 
{
    namespaces <- as.list(.standardPackageNamespaces, all.names = TRUE)
    if (length(namespaces) == 0L) {
        namespaces <- lapply(.standardPackages, function(pkg) {
            tryCatch(loadNamespace(pkg), error = function(e) new.env())
        })
        names(namespaces) <- .standardPackages
        list2env(namespaces, .standardPackageNamespaces)
    }
    else {
        for (ns in namespaces) {
            obj <- ns[[name]]
            if (is.function(obj)) 
                return(obj)
        }
    }
    return(NULL)
}
#@ closure internal .getGeneric
function (f, where = .GlobalEnv, package = "") 
{
    value <- if (missing(where)) 
        .getGenericFromCache(f, where, package)
    if (is.null(value)) {
        if (is.character(f) && f %in% "as.double") 
            f <- "as.numeric"
        if (is.character(f) && !nzchar(f)) {
            message("Empty function name in .getGeneric")
            dput(sys.calls())
        }
        value <- .Call(C_R_getGeneric, f, FALSE, as.environment(where), package)
        if (!is.null(value) && !is.null(vv <- .GlobalEnv[[f]]) && identical(vv, value)) 
            .cacheGeneric(f, value)
    }
    value
}
#@ closure internal .getGenericFromCache
function (name, where, pkg = "") 
.getGenericFromCacheTable(name, where, pkg, .genericTable)
#@ closure internal .getGenericFromCacheTable
function (name, where, pkg = "", table) 
{
    if (exists(name, envir = table, inherits = FALSE)) {
        value <- get(name, envir = table)
        if (is.list(value)) {
            if (!nzchar(pkg)) {
                if (is.character(where)) 
                  pkg <- where
                else {
                  pkg <- attr(name, "package")
                  if (is.null(pkg)) 
                    pkg <- getPackageName(where, FALSE)
                  if (identical(pkg, ".GlobalEnv")) 
                    pkg <- ""
                }
            }
            pkgs <- names(value)
            i <- match(pkg, pkgs, 0L)
            if (i > 0L) 
                return(value[[i]])
            i <- match("methods", pkgs, 0L)
            if (i > 0L) 
                return(value[[i]])
            i <- match("base", pkgs, 0L)
            if (i > 0L) 
                return(value[[i]])
            else return(NULL)
        }
        else if (nzchar(pkg) && !identical(pkg, value@package)) 
            NULL
        else value
    }
    else NULL
}
#@ closure internal .getGenerics
function (where, trim = TRUE) 
{
    if (missing(where)) 
        where <- .envSearch(topenv(parent.frame()))
    else if (is.environment(where)) 
        where <- list(where)
    these <- unlist(lapply(where, objects, all.names = TRUE), use.names = FALSE)
    these <- unique(these)
    these <- these[startsWith(these, ".__T__")]
    if (length(these) == 0L) 
        return(character())
    funNames <- gsub("^\\.__T__(.*):([^:]+)", "\\1", these)
    packageNames <- gsub("^\\.__T__(.*):([^:]+(.*))", "\\2", these)
    attr(funNames, "package") <- packageNames
    if (isTRUE(trim)) 
        funNames
    else if (isFALSE(trim)) 
        these
    else gsub(".__T__", as.character(trim), these, fixed = TRUE)
}
#@ closure internal .getGenericSigArgs
function (fdef, env = environment(fdef), check = TRUE) 
{
    if (check && !exists(".SigLength", envir = env, inherits = FALSE)) 
        .setupMethodsTables(fdef)
    n <- get(".SigLength", envir = env)
    args <- get(".SigArgs", envir = env)
    length(args) <- n
    args
}
#@ closure internal .getGenericSigLength
function (fdef, env = environment(fdef), check = TRUE) 
{
    if (check && !exists(".SigLength", envir = env, inherits = FALSE)) 
        .setupMethodsTables(fdef)
    get(".SigLength", envir = env)
}
#@ closure internal .getGlobalFuns
function (def) 
{
    if (.hasCodeTools()) 
        codetools::findGlobals(def, merge = FALSE)$functions
    else unique(unlist(lapply(def, all.names)))
}
#@ closure internal .getGroupMethods
function (labels, generics, found) 
{
    methods <- list()
    for (i in seq_along(generics)) {
        gen <- generics[[i]]
        if (!is(gen, "genericFunction")) 
            stop(gettextf("invalid group generic function in search for inherited method (class %s)", dQuote(class(gen))), domain = NA)
        table <- .getMethodsTable(gen)
        allMethods <- sort(names(table))
        newFound <- rep(FALSE, length(found))
        newFound[!found] <- labels[!found] %in% allMethods
        found <- found | newFound
        methods[labels[newFound]] <- mget(labels[newFound], table)
    }
    methods
}
#@ closure internal .getImplicitGeneric
function (name, where, pkg = "") 
{
    value <- .getImplicitGenericFromCache(name, where, pkg)
    if (is.null(value) && !is.null(tbl <- where[[.ImplicitGenericsMetaName]])) 
        .getGenericFromCacheTable(name, where, pkg, tbl)
    else value
}
#@ closure internal .getImplicitGenericFromCache
function (name, where, pkg = "") 
.getGenericFromCacheTable(name, where, pkg, .implicitTable)
#@ closure internal .getImplicitGroup
function (name, where) 
{
    if (!is.null(tbl <- where[[.ImplicitGroupMetaName]])) {
        if (!is.null(r <- tbl[[name]])) 
            return(r)
    }
    list()
}
#@ closure internal .getImportsEnv
function (pkg) 
{
    iname = paste0("imports:", pkg)
    empty = emptyenv()
    env = asNamespace(pkg)
    while (!identical(env, empty)) {
        if (identical(attr(env, "name"), iname)) 
            return(env)
        env = parent.env(env)
    }
    NULL
}
#@ closure internal .getLockedFieldNames
function (def) 
{
    env <- def@fieldPrototypes
    value <- env[[.lockedFieldsMetaName]]
    if (is.null(value)) 
        character()
    else value
}
#@ closure internal .getMethodDefs
function (what, env) 
{
    methods <- objects(envir = env, all.names = TRUE)
    missing <- is.na(match(what, methods))
    if (any(missing)) {
        warning(gettextf("Methods not found: %s", paste(dQuote(methods[missing]), collapse = ", ")))
        what <- what[!missing]
    }
    if (length(what) < 1) 
        return(NULL)
    else if (length(what) == 1) 
        get(what, envir = env)
    else lapply(what, function(x) get(x, envir = env))
}
#@ closure internal .getMethodsForDispatch
function (fdef) 
{
    ev <- base::environment(fdef)
    if (base::exists(".Methods", envir = ev)) 
        base::get(".Methods", envir = ev)
}
#@ closure internal .getMethodsTable
function (fdef, env = environment(fdef), check = TRUE, inherited = FALSE) 
{
    name <- if (inherited) 
        ".AllMTable"
    else ".MTable"
    if (check && !exists(name, envir = env, inherits = FALSE)) {
        .setupMethodsTables(fdef, initialize = TRUE)
        if (!exists(name, envir = env, inherits = FALSE)) 
            stop("invalid methods table request")
    }
    get(name, envir = env)
}
#@ closure internal .getMethodsTableMetaData
function (generic, where, optional = FALSE) 
{
    what <- .TableMetaName(generic@generic, generic@package)
    if (!is.null(f <- get0(what, envir = where, inherits = FALSE))) 
        f
    else if (optional) 
        NULL
    else stop(gettextf("no methods table for generic %s from package %s in package %s", sQuote(generic@generic), sQuote(generic@package), sQuote(getPackageName(where))), domain = NA)
}
#@ closure internal .getOrMakeMethodsList
function (f, where, genericFun) 
{
    allMethods <- getMethodsMetaData(f, where = where)
    if (is.null(allMethods)) {
        argName <- genericFun@signature[[1L]]
        warning("\"MethodsList\" is defunct; allMethods now are empty")
    }
    allMethods
}
#@ closure internal .guessPackageName
function (env) 
{
    allObjects <- names(env)
    allObjects <- allObjects[is.na(match(allObjects, .functionsOverriden))]
    possible <- sort(table(unlist(lapply(allObjects, utils::find))), decreasing = TRUE)
    if (length(possible) == 0) 
        stop("none of the objects in the source code could be found:  need to attach or specify the package")
    else if (length(possible) > 1L) {
        global <- match(".GlobalEnv", names(possible), 0)
        if (global > 0) {
            possible <- possible[-global]
        }
        if (length(possible) > 1L) 
            warning(gettextf("objects found in multiple packages: using %s and ignoring %s", sQuote(names(possible[[1L]])), paste(sQuote(names(possible[-1L])), collapse = ", ")), domain = NA)
    }
    .rmpkg(names(possible[1L]))
}
#@ closure internal .hasCodeTools
function () 
{
    if (!isTRUE(..hasCodeTools)) 
        .assignOverBinding("..hasCodeTools", length(list.files(system.file(package = "codetools"))) > 0, .methodsNamespace, FALSE)
    ..hasCodeTools
}
#@ closure internal .hasS4MetaData
function (env) 
{
    nms <- names(env)
    any(startsWith(nms, ".__C__")) || any(startsWith(nms, ".__T__")) || any(startsWith(nms, ".__A__"))
}
#@ closure exported .hasSlot
function (object, name) 
.Call(C_R_hasSlot, object, name)
#@ closure internal .hasThisSubclass
function (classDefs, supers, plabel) 
{
    for (i in seq_along(plabel)) {
        pkg <- classDefs[[i]]@package
        cl <- classDefs[[i]]@className
        si <- supers[[i]]
        pki <- plabel[[i]]
        if (identical(si, "ANY") || (identical(cl, si) && identical(pkg, pki))) 
            next
        cli <- getClassDef(si, package = pki)
        if (is.null(cli)) 
            return(FALSE)
        sub <- cli@subclasses[[cl]]
        if (is.null(sub) || !identical(pkg, sub@package)) 
            return(FALSE)
    }
    TRUE
}
#@ closure internal .identC
function (c1 = NULL, c2 = NULL) 
{
    .Call(C_R_identC, c1, c2)
}
#@ closure internal .identicalGeneric
function (f1, f2, allow.extra.dots = FALSE) 
{
    gpString <- function(gp) {
        if (length(gp)) 
            paste(as.character(gp), collapse = ", ")
        else "<none>"
    }
    if (isFALSE(f2)) 
        return(gettext("original function is prohibited as a generic function"))
    if (!(is.function(f2) && is.function(f1))) 
        return(gettext("not both functions!"))
    if (!identical(class(f1), class(f2))) 
        return(sprintf("classes: %s, %s", .dQ(class(f1)), .dQ(class(f2))))
    if (!isS4(f1)) 
        return(gettextf("argument %s is not S4", deparse1(substitute(f1))))
    if (!isS4(f2)) 
        return(gettextf("argument %s is not S4", deparse1(substitute(f2))))
    f1d <- f1@.Data
    f2d <- f2@.Data
    if (!identical(formals(f1d), formals(f2d))) {
        a1 <- names(formals(f1d))
        a2 <- names(formals(f2d))
        if (identical(a1, a2)) 
            return(gettext("formal arguments differ (in default values?)"))
        else if (identical(c(a1, "..."), a2) && allow.extra.dots) {
        }
        else return(gettextf("formal arguments differ: (%s), (%s)", paste(a1, collapse = ", "), paste(a2, collapse = ", ")))
    }
    if (!identical(f1@valueClass, f2@valueClass)) 
        return(gettextf("value classes differ: %s, %s", .dQ(gpString(f1@valueClass)), .dQ(gpString(f2@valueClass))))
    if (!identical(body(utils::removeSource(f1d)), body(utils::removeSource(f2d)))) 
        return("function body differs")
    if (!identical(f1@signature, f2@signature)) 
        return(gettextf("signatures differ:  (%s), (%s)", paste(f1@signature, collapse = ", "), paste(f2@signature, collapse = ", ")))
    if (!identical(f1@package, f2@package)) 
        return(gettextf("package slots  differ: %s, %s", .dQ(gpString(f1@package)), .dQ(gpString(f2@package))))
    if (!identical(f1@group, f2@group)) {
        return(gettextf("groups differ: %s, %s", .dQ(gpString(f1@group)), .dQ(gpString(f2@group))))
    }
    if (!identical(as.character(f1@generic), as.character(f2@generic))) 
        return(gettextf("generic names differ: %s, %s", .dQ(f1@generic), .dQ(f2@generic)))
    TRUE
}
#@ value internal .ImplicitGenericsMetaName character
#@ closure internal .ImplicitGenericsTable
function (where) 
{
    if (!exists(.ImplicitGenericsMetaName, where, inherits = FALSE)) 
        assign(.ImplicitGenericsMetaName, new.env(TRUE), where)
    get(.ImplicitGenericsMetaName, where)
}
#@ value internal .ImplicitGroupMetaName character
#@ value internal .implicitTable environment
#@ value internal .indirectAbnormalClasses character
#@ closure internal .inhDistances
function (classDef) 
{
    contains <- classDef@contains
    allNames <- unique(names(contains))
    dist <- rep(2, length(allNames))
    for (i in seq_along(dist)) {
        ci <- contains[[i]]
        dist[[i]] <- ci@distance
    }
    dist <- c(0, dist, NA)
    names(dist) <- c(classDef@className, allNames, "ANY")
    dist
}
#@ closure internal .inheritedArgsExpression
function (target, defined, body) 
{
    expr <- substitute({
    }, list(DUMMY = ""))
    args <- names(defined)
    for (i in seq_along(defined)) {
        ei <- extends(setPackageSlot(target[[i]], packageSlot(target)[[i]]), setPackageSlot(defined[[i]], packageSlot(defined)), fullInfo = TRUE)
        if (is(ei, "SClassExtension") && !ei@simple) 
            expr[[length(expr) + 1L]] <- substitute(ARG <- as(ARG, DEFINED, strict = FALSE), list(ARG = as.name(args[[i]]), DEFINED = as.character(defined[[i]])))
    }
    if (length(expr) > 1L) {
        expr[length(expr) + 1L] <- list(body)
        expr
    }
    else NULL
}
#@ closure internal .InheritForDispatch
function (classes, fdef, mtable) 
{
    methods <- .findInheritedMethods(classes, fdef, mtable)
    if (length(methods) == 1L) 
        return(methods[[1L]])
    else if (length(methods) == 0L) {
        cnames <- paste0("\"", vapply(classes, as.character, ""), "\"", collapse = ", ")
        stop(gettextf("unable to find an inherited method for function %s for signature %s", sQuote(fdef@generic), sQuote(cnames)), domain = NA)
    }
    else stop("Internal error in finding inherited methods; didn't return a unique method", domain = NA)
}
#@ closure internal .InhSlotNames
function (Class) 
{
    ClassDef <- getClass(Class)
    value <- names(ClassDef@slots)
    if (length(value) == 0 && (Class %in% .BasicClasses || extends(ClassDef, "vector"))) 
        value <- ".Data"
    value
}
#@ closure internal .initForEnvRefClass
function (.Object, ...) 
{
    Class <- class(.Object)
    classDef <- getClass(Class)
    objectParent <- classDef@refMethods$.objectParent
    if (is.null(objectParent)) {
        objectParent <- .NamespaceOrPackage(classDef@package)
    }
    selfEnv <- new.env(TRUE, objectParent)
    .Object@.xData <- selfEnv
    prototypes <- classDef@fieldPrototypes
    fieldClasses <- classDef@fieldClasses
    fields <- names(fieldClasses)
    for (field in fields) {
        fp <- prototypes[[field]]
        if (is(fp, "activeBindingFunction")) {
            environment(fp) <- selfEnv
            makeActiveBinding(field, fp, selfEnv)
            if (is(fp, "defaultBindingFunction")) {
                class <- fieldClasses[[field]]
                value <- if (!isVirtualClass(class)) 
                  new(class)
                assign(.bindingMetaName(field), value, envir = selfEnv)
            }
        }
        else assign(field, fp, envir = selfEnv)
    }
    selfEnv$.self <- .Object
    selfEnv$.refClassDef <- classDef
    if (is.function(classDef@refMethods$initialize)) {
        .Object$initialize(...)
        .Object <- selfEnv$.self
    }
    else {
        if (nargs() > 1) {
            .Object <- methods::initRefFields(.Object, classDef, selfEnv, list(...))
        }
    }
    if (is.function(classDef@refMethods$finalize)) 
        reg.finalizer(selfEnv, function(x) x$.self$finalize(), TRUE)
    lockBinding(".self", selfEnv)
    lockBinding(".refClassDef", selfEnv)
    if (is(classDef@validity, "function")) 
        validObject(.Object)
    .Object
}
#@ closure internal .initialize
function (.Object, ...) 
{
    args <- list(...)
    if (length(args)) {
        Class <- class(.Object)
        if (!is.na(match(Class, .BasicClasses))) 
            return(newBasic(Class, ...))
        ClassDef <- getClass(Class)
        snames <- allNames(args)
        which <- nzchar(snames)
        elements <- args[which]
        supers <- args[!which]
        thisExtends <- names(ClassDef@contains)
        slotDefs <- ClassDef@slots
        dataPart <- slotDefs[[".Data"]]
        if (is.null(dataPart)) 
            dataPart <- "missing"
        if (length(supers)) {
            for (i in rev(seq_along(supers))) {
                obj <- supers[[i]]
                Classi <- class(obj)
                if (length(Classi) > 1L) 
                  Classi <- Classi[[1L]]
                if (.identC(Classi, Class)) 
                  .Object <- obj
                else if (extends(Classi, Class)) 
                  .Object <- as(obj, Class, strict = FALSE)
                else if (extends(Class, Classi)) 
                  as(.Object, Classi) <- obj
                else if (extends(Classi, dataPart)) 
                  .Object@.Data <- obj
                else {
                  extendsi <- extends(Classi)[-1L]
                  which <- match(thisExtends, extendsi)
                  which <- seq_along(which)[!is.na(which)]
                  if (length(which)) {
                    Classi <- thisExtends[which[1L]]
                    as(.Object, Classi) <- obj
                  }
                  else stop(gettextf("cannot use object of class %s in new():  class %s does not extend that class", dQuote(Classi), dQuote(Class)), domain = NA)
                }
            }
        }
        if (length(elements)) {
            snames <- names(elements)
            if (anyDuplicated(snames)) 
                stop(gettextf("duplicated slot names: %s", paste(sQuote(snames[duplicated(snames)]), collapse = ", ")), domain = NA)
            which <- match(snames, names(slotDefs))
            if (anyNA(which)) 
                stop(sprintf(ngettext(sum(is.na(which)), "invalid name for slot of class %s: %s", "invalid names for slots of class %s: %s"), dQuote(Class), paste(snames[is.na(which)], collapse = ", ")), domain = NA)
            firstTime <- TRUE
            for (i in seq_along(snames)) {
                slotName <- snames[[i]]
                slotClass <- slotDefs[[slotName]]
                slotClassDef <- getClassDef(slotClass, package = packageSlot(slotClass))
                slotVal <- elements[[i]]
                if (!.identC(class(slotVal), slotClass) && !is.null(slotClassDef)) {
                  valClass <- class(slotVal)
                  valClassDef <- getClassDef(valClass, package = ClassDef@package)
                  if (!identical(possibleExtends(valClass, slotClass, valClassDef, slotClassDef), FALSE)) 
                    slotVal <- as(slotVal, slotClass, strict = FALSE)
                }
                if (firstTime) {
                  slot(.Object, slotName, check = FALSE) <- slotVal
                  firstTime <- FALSE
                }
                else {
                  `slot<-`(.Object, slotName, check = FALSE, slotVal)
                }
            }
        }
        validObject(.Object)
    }
    .Object
}
#@ closure internal .initTraceable
function (.Object, def, tracer, exit, at, print, doEdit) 
{
    .Object@source <- emptyenv()
    if (missing(def)) 
        return(.Object)
    oldClass <- class(def)
    oldClassDef <- getClass(oldClass)
    if (!is.null(oldClassDef) && length(oldClassDef@slots) > 0) 
        as(.Object, oldClass) <- def
    .Object@original <- def
    if (nargs() > 2) {
        if (!is.null(elNamed(getSlots(getClass(class(def))), ".Data"))) 
            def <- def@.Data
        .Object@.Data <- .makeTracedFunction(def, tracer, exit, at, print, doEdit)
    }
    .Object
}
#@ closure internal .insertCachedMethods
function (mlist, argName, Class, fromClass, def) 
{
    if (is(def, "MethodsList")) {
        .MlistDeprecated()
        newArg <- c(argName, as.character(def@argument))
        newDefs <- def@allMethods
        newSigs <- as.list(names(newDefs))
        for (j in seq_along(newDefs)) mlist <- Recall(mlist, newArg, c(Class, newSigs[[j]]), fromClass, newDefs[[j]])
    }
    else {
        def <- .addMethodFrom(def, argName[1L], Class[1L], fromClass)
        mlist <- insertMethod(mlist, Class, argName, def, TRUE)
    }
    mlist
}
#@ closure internal .insertExpr
function (expr, el) 
{
    if (!is(expr, "{")) 
        expr <- substitute({
            EXPR
        }, list(EXPR = expr))
    expr[3L:(length(expr) + 1)] <- expr[2L:length(expr)]
    expr[[2L]] <- el
    expr
}
#@ value internal .InvalidTracedFunctions character
#@ closure internal .isIndirectExtension
function (object) 
{
    is(object, "SClassExtension") && length(object@by) > 0
}
#@ closure exported .isMethodDebugged
function (fun, signature) 
{
    meth <- selectMethod(fun, signature)
    if (!is(meth, "MethodDefinitionWithTrace")) 
        return(FALSE)
    bd <- body(meth)
    if (isRematched(meth)) {
        is(bd[[3L]], "{") && identical(bd[[3L]][[2L]][1L], quote(.doTrace())) && identical(bd[[3L]][[2L]][[2L]][1:3], quote(trace(.local, tracer = browser)))
    }
    else {
        fstexp <- bd
        while (is(bd, "{")) bd <- bd[[2L]]
        identical(bd[1:2], quote(.doTrace(browser())))
    }
}
#@ closure internal .isPrototype
function (p) 
is(p, "classPrototypeDef")
#@ closure internal .isSingleName
function (x) 
{
    if (!is.character(x)) 
        return(paste0("required to be a character vector, got an object of class \"", class(x)[[1L]], "\""))
    if (length(x) != 1) 
        return(paste0("required to be a character vector of length 1, got length ", length(x)))
    if (is.na(x) || !nzchar(x)) 
        return(paste0("required a non-empty string, got \"", x, "\""))
    TRUE
}
#@ closure internal .isSingleString
function (what) 
is.character(what) && isTRUE(nzchar(what))
#@ closure internal .leastMethodDistance
function (methods, supersList, classDefs, fromGroup, verbose = FALSE) 
{
    n <- length(methods)
    dist <- rep(0, n)
    nArg <- length(classDefs)
    defClasses <- matrix("ANY", nArg, n)
    for (j in 1L:n) {
        cl <- methods[[j]]@defined@.Data
        defClasses[seq_along(cl), j] <- cl
    }
    containsDist <- lapply(classDefs, .inhDistances)
    maxDist <- max(unlist(containsDist), na.rm = TRUE) + 1
    if (verbose) {
        cat("** individual arguments' distances:\n")
        print(containsDist)
    }
    for (i in 1L:nArg) {
        ihi <- containsDist[[i]]
        ihi[is.na(ihi)] <- maxDist
        cli <- defClasses[i, ]
        dist <- dist + ihi[match(cli, names(ihi))]
    }
    if (verbose) 
        cat("** final methods' distances: (", paste(formatC(dist), collapse = ", "), ")\n", sep = "")
    best <- dist == min(dist)
    if (any(fromGroup[best]) && !all(fromGroup[best])) 
        best <- best & !fromGroup
    (1:n)[best]
}
#@ value internal .localRefMethods list
#@ value internal .lockedFieldsMetaName character
#@ closure internal .lockedForMethods
function (fdef, env) 
{
    if (is.null(env) || !environmentIsLocked(env)) 
        return(FALSE)
    if (!is(fdef, "genericFunction")) 
        return(TRUE)
    name <- fdef@generic
    package <- fdef@package
    objs <- c(name, .TableMetaName(name, package))
    for (obj in objs) {
        hasIt <- exists(obj, env, inherits = FALSE)
        if ((!hasIt || bindingIsLocked(obj, env))) 
            return(TRUE)
    }
    FALSE
}
#@ closure internal .lockRefFields
function (def, ...) 
{
    lockedFields <- .getLockedFieldNames(def)
    if (nargs() < 2) 
        return(lockedFields)
    fields <- c(...)
    if (is.character(fields) && all(nzchar(fields))) {
    }
    else stop("arguments must all be character string names of fields")
    if (.classDefIsLocked(def)) 
        stop(gettextf("the definition of class %s in package %s is locked so fields may not be modified", dQuote(def@className), sQuote(def@package)), domain = NA)
    env <- def@fieldPrototypes
    className <- def@className
    for (what in fields) {
        if (what %in% lockedFields) {
            warning(gettextf("field %s is already locked", sQuote(what)), domain = NA)
            next
        }
        current <- env[[what]]
        if (is.null(current)) 
            stop(gettextf("%s is not a field in class %s", sQuote(what), dQuote(className)), domain = NA)
        if (is(current, "activeBindingFunction")) {
            if (is(current, "defaultBindingFunction")) 
                env[[what]] <- .makeDefaultBinding(current@field, current@className, TRUE, environment(current))[[what]]
            else stop(gettextf("field %s of class %s has a non-default binding and cannot be locked", sQuote(what), dQuote(className)), domain = NA)
        }
        else {
            binding <- .makeDefaultBinding(current@field, current@className, TRUE, environment(current))
            env[[what]] <- binding[[what]]
            metaName <- .bindingMetaName(what)
            env[[metaName]] <- current
        }
        lockedFields <- c(lockedFields, what)
    }
    .setLockedFieldNames(def, lockedFields)
    invisible(env)
}
#@ closure internal .makeActiveBinding
function (thisField) 
{
    if (is(thisField, "activeBindingFunction")) 
        thisField
    else new("activeBindingFunction", thisField)
}
#@ closure internal .makeAsMethod
function (expr, simple, Class, ClassDef, where) 
{
    if (is.function(expr)) {
        where <- environment(expr)
        args <- formalArgs(expr)
        if (!identical(args, "from")) 
            expr <- .ChangeFormals(expr, if (length(args) > 1) 
                .simpleExtCoerce
            else .simpleIsCoerce)
        expr <- body(expr)
    }
    value <- expr
    if (simple && !identical(expr, quote(from))) 
        value <- substitute(if (strict) EXPR else from, list(EXPR = expr))
    f <- .simpleExtCoerce
    body(f, envir = where) <- value
    f
}
#@ closure internal .makeCall
function (name, x) 
{
    n <- length(argls <- formals(x))
    noDeflt <- if (n > 0) 
        vapply(argls, function(x) !is.name(x) || nzchar(as.character(x)), NA)
    if (n) {
        arg.names <- names(argls)
    }
    Call <- paste0("$", name, "(")
    for (i in seq_len(n)) {
        Call <- paste0(Call, arg.names[i], if (noDeflt[[i]]) 
            " = ")
        if (i != n) 
            Call <- paste0(Call, ", ")
    }
    paste0(Call, ")\n")
}
#@ closure internal .makeCallString
function (def, name = substitute(def), args = formalArgs(def)) 
{
    if (is.character(def)) {
        if (missing(name)) 
            name <- def
        def <- getFunction(def)
    }
    if (is.function(def)) 
        paste0(name, "(", paste(args, collapse = ", "), ")")
    else ""
}
#@ closure internal .makeDefaultBinding
function (fieldName, fieldClass, readOnly = FALSE, where) 
{
    metaName <- .bindingMetaName(fieldName)
    if (readOnly) 
        f <- eval(substitute(function(value) {
            if (missing(value)) dummyFieldName else {
                methods:::.setDummyField(.self, dummyField, dummyClass, thisField, TRUE, value)
                value
            }
        }, list(dummyField = metaName, thisField = fieldName, dummyClass = fieldClass, dummyFieldName = as.name(metaName))))
    else f <- eval(substitute(function(value) {
        if (missing(value)) dummyFieldName else {
            methods:::.setDummyField(.self, dummyField, dummyClass, thisField, FALSE, value)
            value
        }
    }, list(dummyField = metaName, dummyClass = fieldClass, thisField = fieldName, dummyFieldName = as.name(metaName))))
    environment(f) <- where
    f <- new("defaultBindingFunction", f, field = fieldName, className = fieldClass)
    init <- (if (isVirtualClass(fieldClass)) 
        new("uninitializedField", field = fieldName, className = fieldClass)
    else new(fieldClass))
    value <- list(f, init)
    names(value) <- c(fieldName, metaName)
    value
}
#@ closure internal .makeGenericForCache
function (fdef) 
{
    value <- fdef
    ev <- environment(fdef)
    objs <- lapply(as.list(ev, all.names = TRUE), function(obj) {
        if (is.environment(obj)) 
            obj <- .copyEnv(obj)
        obj
    })
    environment(value) <- list2env(objs, hash = TRUE, parent = parent.env(ev))
    value
}
#@ closure internal .MakeImplicitGroupMembers
function (group, members, where) 
{
    if (!exists(.ImplicitGroupMetaName, where, inherits = FALSE)) 
        assign(.ImplicitGroupMetaName, new.env(TRUE), where)
    tbl <- get(.ImplicitGroupMetaName, where)
    for (what in members) assign(what, as.list(group), envir = tbl)
    NULL
}
#@ closure internal .makeMlist1
function (arg, objects, j = 1) 
{
    .MlistDefunct(".makeMlist1()")
    mnames <- character(length(objects))
    for (i in seq_along(objects)) {
        what <- objects[[i]]
        if (is.primitive(what)) 
            sig <- "ANY"
        else sig <- what@defined
        mnames[[i]] <- (if (length(sig) < j) 
            "ANY"
        else sig[[j]])
    }
    names(objects) <- mnames
    new("MethodsList", argument = arg, methods = objects, allMethods = objects)
}
#@ closure internal .makeMlist2
function (args, objects, j = 1) 
{
    .MlistDefunct(".makeMlist2()")
    mlists <- list()
    for (what in objects) {
        sig <- if (!is.primitive(what)) 
            what@defined
        if (length(sig) <= j) 
            arg1 <- arg2 <- "ANY"
        else {
            arg1 <- sig[[j]]
            arg2 <- sig[[j + 1]]
        }
        x <- list(what)
        el <- mlists[[arg1, exact = TRUE]]
        mlists[[arg1]] <- (if (is.null(el)) 
            x
        else c(el, x))
    }
    jNext <- j + 1
    if (jNext < length(args)) 
        for (i in seq_along(mlists)) mlists[[i]] <- .makeMlist2(args, mlists[[i]], jNext)
    else {
        arg2 <- as.name(args[[jNext]])
        for (i in seq_along(mlists)) mlists[[i]] <- .makeMlist1(arg2, mlists[[i]], jNext)
    }
    new("MethodsList", argument = as.name(args[[1L]]), methods = mlists, allMethods = mlists)
}
#@ closure internal .makeMlistFromTable
function (generic, where = NULL) 
{
    .MlistDefunct(".makeMlistFromTable()")
    if (is.null(where)) {
        what <- ".MTable"
        where <- environment(generic)
    }
    else {
        where <- as.environment(where)
        what <- .TableMetaName(generic@generic, generic@package)
    }
    if (exists(what, envir = where, inherits = FALSE)) 
        table <- get(what, envir = where)
    else table <- new.env()
    value <- new("MethodsList", argument = as.name(generic@signature[[1]]))
    allNames <- sort(names(table))
    if (length(allNames) == 0L) 
        return(value)
    argNames <- generic@signature
    nargs <- nchar(unique(gsub("[^#]", "", allNames))) + 1
    if (length(nargs) > 1L) {
        warning("something weird:  inconsistent number of args in methods table strings:", paste(nargs, collapse = ", "), " (using the largest value)", domain = NA)
        nargs <- max(nargs)
    }
    length(argNames) <- nargs
    if (nargs == 1) 
        .makeMlist1(as.name(argNames[[1L]]), mget(allNames, table))
    else .makeMlist2(argNames, mget(allNames, table))
}
#@ closure internal .MakeSignature
function (object, def = NULL, signature, fdef = def) 
{
    signature <- unlist(signature)
    if (length(signature) > 0) {
        classes <- as.character(signature)
        sigArgs <- names(signature)
        pkgs <- attr(signature, "package")
        if (is.null(pkgs)) 
            pkgs <- character(length(signature))
        if (is(fdef, "genericFunction")) 
            formalNames <- fdef@signature
        else if (is.function(def)) {
            if (!is.function(fdef)) 
                fdef <- def
            formalNames <- formalArgs(fdef)
            dots <- match("...", formalNames)
            if (!is.na(dots)) 
                formalNames <- formalNames[-dots]
        }
        else formalNames <- character()
        if (length(formalNames) > 0) {
            if (is.null(sigArgs)) 
                names(signature) <- formalNames[seq_along(classes)]
            else if (length(sigArgs) && anyNA(match(sigArgs, formalNames))) 
                if (is(fdef, "genericFunction")) 
                  stop(sprintf(gettext("the names in signature for method (%s) do not match %s's arguments (%s)", domain = "R-methods"), paste(sigArgs, collapse = ", "), fdef@generic, paste(formalNames, collapse = ", ")), domain = NA)
                else stop(sprintf(gettext("the names in signature for method (%s) do not match function's arguments (%s)", domain = "R-methods"), paste(sigArgs, collapse = ", "), paste(formalNames, collapse = ", ")), domain = NA)
        }
        object@.Data <- signature
        object@package <- pkgs
    }
    object
}
#@ closure internal .makeTraceClass
function (traceClassName, className, verbose = TRUE) 
{
    if (isClass(as.character(traceClassName))) 
        return(as.character(traceClassName))
    if (verbose) 
        message(sprintf("Constructing traceable class %s", dQuote(traceClassName)), domain = NA)
    env <- .classEnv(className)
    if (environmentIsLocked(env)) {
        message(gettextf("Environment of class %s is locked; using global environment for new class", dQuote(className)), domain = NA)
        env <- .GlobalEnv
        packageSlot(traceClassName) <- NULL
    }
    setClass(traceClassName, contains = c(className, "traceable"), where = env)
    if (existsMethod("show", className, env)) 
        setMethod("show", traceClassName, .showTraceable)
    traceClassName
}
#@ closure internal .makeTracedFunction
function (def, tracer, exit, at, print, doEdit) 
{
    switch(typeof(def), builtin = {
        fBody <- substitute({
            .prim <- DEF
            .prim(...)
        }, list(DEF = def))
        def <- eval(function(...) NULL)
        body(def, envir = .GlobalEnv) <- fBody
    }, special = {
        fBody <- substitute({
            do.call(DEF, list(...))
        }, list(DEF = def))
        def <- eval(function(...) NULL)
        body(def, envir = .GlobalEnv) <- fBody
        warning("making a traced version of a special; arguments may be altered")
    })
    if (!isFALSE(doEdit)) {
        if (is.character(doEdit) || is.function(doEdit)) {
            editor <- doEdit
            doEdit <- TRUE
        }
        else editor <- getOption("editor")
    }
    if (doEdit) {
        if (is(def, "traceable")) 
            def <- as(def, "function")
        if (is(editor, "character") && !is.na(match(editor, c("emacs", "xemacs")))) {
            file <- tempfile("emacs")
            file <- sub("..$", ".R", file)
        }
        else file <- ""
        if (!(is.null(tracer) && is.null(exit) && length(at) == 0)) 
            def <- Recall(def, tracer, exit, at, print, FALSE)
        def2 <- utils::edit(def, editor = editor, file = file)
        if (!is.function(def2)) 
            stop(gettextf("the editing in trace() can only change the body of the function; got an object of class %s", dQuote(class(def2))), domain = NA)
        if (!identical(args(def), args(def2))) 
            stop("the editing in trace() can only change the body of the function, not the arguments or defaults")
        fBody <- body(def2)
    }
    else {
        def <- .untracedFunction(def)
        fBody <- body(def)
        if (length(at) > 0) {
            if (is.null(tracer)) 
                stop("cannot use 'at' argument without a trace expression")
            else if (!inherits(fBody, "{")) 
                stop("cannot use 'at' argument unless the function body has the form '{ ... }'")
            for (i in at) {
                fBody[[i]] <- if (print) 
                  substitute({
                    .doTrace(TRACE, MSG)
                    EXPR
                  }, list(TRACE = tracer, MSG = paste("step", paste(i, collapse = ",")), EXPR = fBody[[i]]))
                else substitute({
                  .doTrace(TRACE)
                  EXPR
                }, list(TRACE = tracer, EXPR = fBody[[i]]))
            }
        }
        else if (!is.null(tracer)) {
            fBody <- if (print) 
                substitute({
                  .doTrace(TRACE, MSG)
                  EXPR
                }, list(TRACE = tracer, MSG = paste("on entry"), EXPR = fBody))
            else substitute({
                .doTrace(TRACE)
                EXPR
            }, list(TRACE = tracer, EXPR = fBody))
        }
        if (!is.null(exit)) {
            exit <- if (print) 
                substitute(.doTrace(EXPR, MSG), list(EXPR = exit, MSG = paste("on exit")))
            else substitute(.doTrace(EXPR), list(EXPR = exit))
            fBody <- substitute({
                on.exit(TRACE)
                BODY
            }, list(TRACE = exit, BODY = fBody))
        }
    }
    body(def, envir = environment(def)) <- fBody
    def
}
#@ closure internal .makeValidityMethod
function (Class, validity) 
{
    if (!is.null(validity)) {
        if (!is.function(validity)) 
            stop(gettextf("a validity method must be a function of one argument, got an object of class %s", dQuote(class(validity))), domain = NA)
        validity <- substituteFunctionArgs(validity, "object", functionName = sprintf("validity method for class '%s'", Class))
    }
    validity
}
#@ closure internal .matchSigLength
function (sig, fdef, fenv, reset = FALSE) 
{
    nargs <- .getGenericSigLength(fdef, fenv, TRUE)
    n <- length(sig)
    pkgs <- packageSlot(sig)
    if (n < nargs) {
        more <- nargs - n
        pkgs <- c(pkgs, rep("methods", more))
        sig <- c(as.character(sig), rep("ANY", more))
    }
    else if (n > nargs) {
        if (all(sig[(nargs + 1):n] == "ANY")) {
            length(sig) <- nargs
            if (!is.null(pkgs)) 
                length(pkgs) <- nargs
        }
        else {
            while (sig[[n]] == "ANY") n <- n - 1
            if (reset) 
                .resetSigLength(fdef, n)
            length(sig) <- n
            if (!is.null(pkgs)) 
                length(pkgs) <- n
        }
    }
    packageSlot(sig) <- pkgs
    sig
}
#@ closure internal .matchSubsPattern
function (what, matchto, excludeVirtual) 
{
    def <- getClass(what)
    if (excludeVirtual && def@virtual) 
        return("")
    matches <- match(names(def@contains), matchto, 0L)
    matches <- matches[matches > 0L]
    paste(matches, collapse = ".")
}
#@ closure internal .mergeAssigns
function (previous, new) 
{
    for (what in names(new)) {
        previous[[what]] <- if (is.null(previous[[what]])) 
            new[[what]]
        else paste(previous[[what]], new[[what]], sep = "; ")
    }
    previous
}
#@ closure internal .mergeAttrs
function (value, object, explicit = NULL) 
{
    supplied <- attributes(object)
    if (length(explicit)) 
        supplied[names(explicit)] <- explicit
    valueAttrs <- attributes(value)
    if (length(supplied$names) && length(valueAttrs$names) == 0L) {
        if (length(value) != length(object)) 
            length(supplied$names) <- length(value)
    }
    if (length(valueAttrs)) {
        valueAttrs$class <- NULL
        supplied[names(valueAttrs)] <- valueAttrs
    }
    attributes(value) <- supplied
    if (isS4(object)) 
        .asS4(value)
    else value
}
#@ closure internal .mergeClassDefSlots
function (ClassDef, ...) 
{
    slots <- list(...)
    slotNames <- names(slots)
    for (i in seq_along(slots)) slot(ClassDef, slotNames[[i]]) <- slots[[i]]
    ClassDef
}
#@ closure internal .mergeMethodsTable
function (generic, table, newtable, add = TRUE) 
{
    fenv <- environment(generic)
    if (!exists(".SigLength", envir = fenv, inherits = FALSE)) 
        .setupMethodsTables(generic)
    allTable <- if (!add) 
        get(".AllMTable", envir = fenv)
    n <- get(".SigLength", envir = fenv)
    anySig <- rep("ANY", n)
    newMethods <- names(newtable)
    for (what in newMethods) {
        obj <- newtable[[what]]
        if (is.primitive(obj)) 
            sig <- anySig
        else if (is(obj, "MethodDefinition")) 
            sig <- obj@defined
        else if (is.environment(obj)) {
            objsWhat <- as.list(obj, all.names = TRUE, sorted = TRUE)
            if (length(objsWhat) == 0) 
                next
            isDef <- vapply(objsWhat, is, logical(1L), "MethodDefinition")
            if (any(isDef)) {
                obj <- objsWhat[[utils::tail(which(isDef), 1L)]]
                sig <- obj@defined
            }
            else {
                sig <- anySig
            }
        }
        else stop(gettextf("invalid object in meta table of methods for %s, label %s, had class %s", sQuote(generic@generic), sQuote(what), dQuote(class(obj))), domain = NA)
        ns <- length(sig)
        if (ns == n) {
        }
        else {
            if (ns < n) {
                nadd <- n - ns
                sigPackage <- packageSlot(sig)
                if (length(sigPackage) < ns) 
                  sigPackage <- c(sigPackage, rep("", ns - length(sigPackage)))
                sig <- .simpleSignature(c(sig, rep("ANY", nadd)), names = generic@signature[1:n], packages = c(sigPackage, rep("methods", nadd)))
                obj <- .xpdSignature(obj, sig, n - ns)
                what <- .sigLabel(sig)
                ns <- n
            }
            else if (add) {
                signames <- generic@signature
                length(signames) <- ns
                .resetTable(table, ns, signames)
                fenv[[".SigLength"]] <- ns
                n <- ns
            }
        }
        if (add) {
            if (exists(what, envir = table, inherits = FALSE)) {
                obj <- .newOrMultipleMethod(obj, what, table)
                if (is.null(allTable)) 
                  allTable <- get(".AllMTable", envir = fenv)
                allTable[[what]] <- obj
            }
            table[[what]] <- obj
        }
        else if (exists(what, envir = table, inherits = FALSE) && !all(obj@defined == "ANY")) {
            remove(list = what, envir = allTable)
            remove(list = what, envir = table)
        }
    }
    NULL
}
#@ closure internal .mergeMethodsTable2
function (table, newtable, envir, metaname) 
{
    old <- as.list(table, all.names = TRUE)
    mm <- 1
    for (what in old) {
        if (is(what, "MethodDefinition")) {
            mm <- length(what@defined)
            break
        }
    }
    new <- as.list(newtable, all.names = TRUE)
    canStore <- TRUE
    for (what in new) {
        if (is(what, "MethodDefinition") && length(what@defined) != mm) {
            canStore <- FALSE
            break
        }
    }
    if (canStore) {
        list2env(new, table)
    }
    else {
        f <- gsub("^\\.__T__(.*):([^:]+)", "\\1", metaname)
        package <- gsub("^\\.__T__(.*):([^:]+(.*))", "\\2", metaname)
        generic <- getGeneric(f, TRUE, envir, package)
        .mergeMethodsTable(generic, table, newtable, TRUE)
    }
    table
}
#@ closure internal .message
function (..., domain = NULL, appendLF = TRUE) 
{
    text <- paste0(..., collapse = "")
    lines <- strwrap(text, width = max(20, 7 * getOption("width")%/%8))
    message(paste(lines, collapse = "\n"), domain = domain, appendLF = appendLF)
}
#@ closure internal .methodPackageSlots
function (def, label, table, duplicatesExist, isCurrent) 
{
    sig <- def@target
    dups <- FALSE
    if (duplicatesExist) {
        def <- .fixPackageSlot(def, sig)
        for (cl in sig) {
            if (exists(cl, envir = .classTable, inherits = FALSE) && is.list(get(cl, envir = .classTable))) {
                dups <- TRUE
                break
            }
        }
        if (isCurrent) {
            current <- get(label, envir = table)
            dups <- dups || !identical(current@target, sig)
        }
        if (dups) {
            if (isCurrent) {
                if (is(current, "MethodDefinition")) {
                  pkg <- attr(current@target, "package")
                  if (length(pkg) == 0) 
                    current <- .fixPackageSlot(current, current@target)
                  env <- new.env()
                  var <- .pkgMethodLabel(current)
                  if (nzchar(var)) 
                    assign(var, current, envir = env)
                }
                else if (is.environment(current)) 
                  env <- current
                else stop(gettextf("bad method object stored in method table, class %s", dQuote(class(current))), domain = NA)
            }
            else env <- new.env()
            assign(.pkgMethodLabel(def), def, envir = env)
            env
        }
        else def
    }
    else def
}
#@ closure internal .methods_info
function (generic = character(), signature = character(), visible = rep(TRUE, length(signature)), from = character()) 
{
    if (length(signature)) 
        signature <- paste0(generic, ",", signature, "-method")
    keep <- !duplicated(signature)
    data.frame(visible = visible[keep], from = from[keep], generic = generic[keep], isS4 = rep(TRUE, sum(keep)), row.names = signature[keep], stringsAsFactors = FALSE)
}
#@ closure internal .methodsIsLoaded
function () 
isTRUE(.saveImage)
#@ value internal .methodsNamespace environment
#@ value internal .methodsPackageMetaNamePattern character
#@ closure internal .missingMethod
function (f, message = "", method) 
{
    if (nzchar(message)) 
        message <- paste0("(", message, ")")
    message <- paste("for function", f, message)
    if (is(method, "MethodDefinition")) {
        target <- paste(.dQ(method@target), collapse = ", ")
        defined <- paste(.dQ(method@defined), collapse = ", ")
        message <- paste("Required method", message, "not defined for signature", target)
        if (!identical(target, defined)) 
            message <- paste(message, ", required for signature", defined)
    }
    else message <- paste("Required method not defined", message)
    message
}
#@ closure internal .mlistAddToTable
function (generic, mlist, table = new.env(TRUE, fenv), add = TRUE) 
{
    fenv <- environment(generic)
    signature <- generic@signature
    if (!exists(".SigLength", envir = fenv, inherits = FALSE)) 
        .setupMethodsTables(generic)
    n <- get(".SigLength", envir = fenv, inherits = FALSE)
    .storeMlist(table, rep("ANY", n), mlist, 1, add, fenv)
    nNow <- get(".SigLength", envir = fenv, inherits = FALSE)
    if (nNow > n) {
        length(signature) <- nNow
        .resetTable(table, nNow, signature)
    }
    table
}
#@ closure internal .MlistDefunct
function (this = "<default>", instead) 
{
    base::.Defunct(msg = paste0(if (missing(this)) 
        "Use of the \"MethodsList\" meta data objects is defunct."
    else if (is.character(this)) 
        gettextf("%s, along with other use of the \"MethodsList\" metadata objects, is defunct.", dQuote(this))
    else gettextf("In %s: use of \"MethodsList\" metadata objects is defunct.", deparse(this)), " ", if (!missing(instead)) 
        gettextf("Use %s instead. ", dQuote(instead)), "See ?MethodsList."))
}
#@ closure internal .MlistDeprecated
function (this = "<default>", instead) 
{
    if (is.character(this)) {
        if (exists(this, envir = .MlistDepTable, inherits = FALSE)) 
            return()
        else assign(this, TRUE, envir = .MlistDepTable)
    }
    base::.Deprecated(msg = paste0(if (missing(this)) 
        "Use of the \"MethodsList\" meta data objects is deprecated."
    else if (is.character(this)) 
        gettextf("%s, along with other use of the \"MethodsList\" metadata objects, is deprecated.", dQuote(this))
    else gettextf("In %s: use of \"MethodsList\" metadata objects is deprecated.", deparse(this)), "\n ", if (!missing(instead)) 
        gettextf("Use %s instead. ", dQuote(instead)), "See ?MethodsList. (This warning is shown once per session.)"))
}
#@ value internal .MlistDepTable environment
#@ closure internal .NamespaceOrEnvironment
function (where) 
{
    value <- NULL
    if (is.environment(where)) 
        value <- where
    else if (is.character(where) && nzchar(where)) {
        ns <- .getNamespace(where)
        if (isNamespace(ns)) 
            value <- ns
        else if (where %in% search()) 
            value <- as.environment(where)
        else {
            where <- paste0("package:", where)
            if (where %in% search()) 
                value <- as.environment(where)
        }
    }
    else if (is.numeric(where) && where %in% seq_along(search())) 
        value <- as.environment(where)
    value
}
#@ closure internal .NamespaceOrPackage
function (what) 
{
    name <- as.name(what)
    ns <- .getNamespace(name)
    if (!is.null(ns)) 
        asNamespace(ns)
    else {
        i <- match(paste0("package:", what), search())
        if (is.na(i)) 
            .GlobalEnv
        else as.environment(i)
    }
}
#@ value internal .NeedPrimitiveMethods list
#@ closure internal .newDirectSuperclass<-
function (contains, class2, superclasses2, value) 
{
    superclasses <- names(contains)
    if (length(superclasses2) == 0 || length(superclasses) == 0 || all(is.na(match(superclasses2, superclasses)))) 
        contains[[class2]] <- value
    else {
        sq <- seq_along(superclasses)
        before <- (sq[match(superclasses, superclasses2, 0L) > 0L])[[1]]
        contains <- c(contains[sq < before], value, contains[sq >= before])
        superclasses <- c(superclasses[sq < before], class2, superclasses[sq >= before])
        names(contains) <- superclasses
    }
    contains
}
#@ closure internal .newExternalptr
function () 
.Call(C_R_externalptr_prototype_object)
#@ closure internal .newOrMultipleMethod
function (obj, what, table) 
{
    if (!.duplicateClassesExist()) 
        return(obj)
    current <- get(what, envir = table)
    if (is.environment(current)) {
        if (is.environment(obj)) 
            list2env(as.list(obj, all.names = TRUE), current)
        else if (is(obj, "MethdodDefinition")) {
            var <- .pkgMethodLabel(obj)
            if (nzchar(var)) 
                assign(var, obj, envir = current)
        }
        current
    }
    else if (is(current, "MethodDefinition")) {
        curPkg <- packageSlot(current@defined)
        if (is(obj, "MethodDefinition")) {
            objPkg <- packageSlot(obj@defined)
            if (is.null(curPkg) || is.null(objPkg) || identical(curPkg, objPkg)) 
                return(obj)
            else {
                merge <- new.env()
                var <- .pkgMethodLabel(obj)
                if (nzchar(var)) 
                  assign(var, obj, envir = merge)
                var <- .pkgMethodLabel(current)
                if (nzchar(var)) 
                  assign(var, current, envir = merge)
                return(merge)
            }
        }
        else if (is.environment(obj)) {
            merge <- new.env()
            assign(.pkgMethodLabel(current), current, envir = merge)
            list2env(as.list(obj, all.names = TRUE), merge)
            return(merge)
        }
        else current
    }
}
#@ closure internal .newSignature
function (classes, names) 
{
    n <- min(length(classes), length(names))
    i <- seq_len(n)
    pkgs <- lapply(classes[i], packageSlot)
    pkgs[vapply(pkgs, is.null, logical(1L))] <- "methods"
    .asS4(structure(as.character(classes)[i], class = .signatureClassName, names = as.character(names)[i], package = as.character(pkgs)))
}
#@ closure internal .noMlists
function () 
{
    .noMlistsFlag
}
#@ value internal .noMlistsFlag logical
#@ closure internal .NonstandardGenericTest
function (body, fname, stdBody) 
{
    if (identical(body, stdBody)) 
        FALSE
    else if (.recursiveCallTest(body, fname)) 
        TRUE
    else NA
}
#@ closure internal .notS4
function (object) 
asS4(object, FALSE, 0L)
#@ closure internal .notSingleString
function (what) 
{
    if (identical(what, "")) 
        "non-empty string; got \"\""
    else if (is.character(what)) 
        paste("single string; got a character vector of length", length(what))
    else gettextf("single string; got an object of class %s", dQuote(class(what)[[1L]]))
}
#@ closure internal .objectSlotNames
function (object) 
{
    value <- names(attributes(object))
    if (is.null(value)) 
        character()
    else value[-match("class", value, 0L)]
}
#@ closure internal .okMethodLabel
function (method) 
{
    if (is(method, "MethodDefinition")) {
        pkgs <- packageSlot(method@target)
        length(pkgs) > 0 && all(nzchar(pkgs))
    }
    else TRUE
}
#@ value exported .OldClassesList list
#@ value internal .OldClassesPrototypes list
#@ closure internal .oldCoerceFun
function (from, strict = TRUE) 
{
    if (strict) 
        stop(gettextf("explicit coercion of old-style class (%s) is not defined", paste(class(from), collapse = ", ")), domain = NA)
    from
}
#@ closure internal .oldReplaceFun
function (from, to, value) 
stop(gettextf("explicit replacement not defined for as(x, \"%s\") <- value for old-style class %s", to, dQuote(class(from)[1L])), domain = NA)
#@ closure internal .oldTestFun
function (object) 
CLASS %in% attr(object, "class")
#@ closure internal .onAttach
function (libname, pkgname) 
{
    env <- environment(sys.function())
    unlockBinding(".BasicFunsList", env)
    if (.hasS4MetaData(.GlobalEnv)) {
        result <- try(cacheMetaData(.GlobalEnv, TRUE))
        if (inherits(result, "try-error")) 
            warning("apparently bad method or class metadata in saved environment;\n", "move the file or remove the class/method")
    }
}
#@ closure internal .oneClassToAM
function (classDef, includeSubclasses = FALSE, short = FALSE) 
{
    findEdges <- function(extensions) {
        superclasses <- names(extensions)
        edges <- numeric()
        for (what in superclasses) {
            whatDef <- getClassDef(what, package = packageSlot(extensions[[what]]))
            ifrom <- match(what, nodes)
            if (is.null(whatDef) || is.na(ifrom)) 
                next
            exts <- whatDef@contains
            whatedges <- names(exts)
            ito <- match(whatedges, nodes, 0)
            for (i in seq_along(exts)) if (ito[[i]] > 0 && exts[[i]]@distance == 1) 
                edges <- c(edges, ifrom, ito[[i]])
        }
        edges
    }
    nodes <- c(classDef@className, names(classDef@contains))
    if (includeSubclasses) 
        nodes <- c(nodes, names(classDef@subclasses))
    nodes <- unique(nodes)
    labels <- if (isTRUE(short)) 
        abbreviate(nodes)
    else if (is.character(short)) {
        if (length(short) != length(nodes)) 
            stop(gettextf("needed the supplied labels vector of length %d, got %d", length(nodes), length(short)), domain = NA)
        else short
    }
    else nodes
    size <- length(nodes)
    value <- matrix(0, size, size, dimnames = list(labels, labels))
    ifrom <- match(classDef@className, nodes)
    extensions <- classDef@contains
    superclasses <- names(extensions)
    ito <- match(superclasses, nodes)
    edges <- numeric()
    for (i in seq_along(extensions)) {
        exti <- extensions[[i]]
        if (exti@distance == 1) 
            edges <- c(edges, ifrom, ito[[i]])
    }
    edges <- c(edges, findEdges(classDef@contains))
    if (includeSubclasses) {
        edges <- c(edges, findEdges(classDef@subclasses))
    }
    edges <- t(matrix(edges, nrow = 2))
    value[edges] <- 1
    value
}
#@ closure internal .onLoad
function (libname, pkgname) 
{
    where <- environment(sys.function())
    initMethodDispatch(where)
    .Call(C_R_set_method_dispatch, TRUE)
    setPrimitiveMethods("$", `$`, code = "reset", generic = getGeneric("$"), mlist = NULL)
    assign(".methodsNamespace", where, where)
}
#@ closure internal .onUnload
function (libpath) 
{
    message("unloading 'methods' package ...")
    .isMethodsDispatchOn(FALSE)
    library.dynam.unload("methods", libpath)
}
#@ closure internal .packageForGeneric
function (object) 
{
    if (is.list(object)) 
        lapply(object, .packageForGeneric)
    else if (is(object, "genericFunction")) 
        object@package
    else "base"
}
#@ value internal .packageName character
#@ closure internal .parentEnvList
function (ev) 
{
    ev <- as.environment(ev)
    value <- list(ev)
    while (!isNamespace(ev)) {
        if (identical(ev, baseenv())) {
            value[[length(value)]] <- .BaseNamespaceEnv
            break
        }
        else if (identical(ev, emptyenv())) {
            break
        }
        ev <- parent.env(ev)
        value <- c(value, list(ev))
    }
    value
}
#@ closure internal .pkgMethodLabel
function (method) 
{
    sig <- method@target
    pkgs <- packageSlot(sig)
    if ((length(pkgs) < length(as.character(sig))) || any(!nzchar(pkgs))) 
        stop("package slot missing from signature for generic ", sQuote(method@generic), "\n", "and classes ", paste(sig, collapse = ", "), "\n", "cannot use with duplicate class names (the package may need to be re-installed)", call. = FALSE, domain = NA)
    paste(pkgs, collapse = "#")
}
#@ closure internal .primname
function (object) 
{
    f <- .Call(C_R_get_primname, object)
    if (f == "as.double") 
        "as.numeric"
    else f
}
#@ closure internal .printNames
function (header, names, separateLine = TRUE) 
{
    names <- paste0("\"", names, "\"")
    if (separateLine) {
        cat(header, "\n", sep = "")
        cat(names, sep = ", ", fill = TRUE, labels = "    ")
    }
    else {
        cat(header, ": ", sep = "")
        cat(names, sep = ", ", fill = TRUE)
    }
    cat("\n")
}
#@ closure internal .prototype
function (...) 
{
    props <- list(...)
    names <- allNames(props)
    data <- !nzchar(names)
    dataPart <- any(data)
    if (dataPart) {
        if (sum(data) > 1) 
            stop("only one data object (unnamed argument to prototype) allowed")
        obj <- unclass(props[[seq_along(data)[data]]])
        props <- props[!data]
        names <- names[!data]
    }
    else obj <- defaultPrototype()
    for (i in seq_along(names)) slot(obj, names[[i]], FALSE) <- props[[i]]
    new("classPrototypeDef", object = obj, slots = names, dataPart = dataPart)
}
#@ value internal .pseudoNULL symbol
#@ closure internal .quickCoerceSelect
function (from, to, fdef, methods, where) 
{
    if (is.null(methods)) 
        return(NULL)
    else if (is.environment(methods)) {
        method <- .findMethodInTable(c(from, to), methods)
        if (is.environment(method)) 
            NULL
        else method
    }
    else {
        allMethods <- methods@allMethods
        i <- match(from, names(allMethods))
        if (is.na(i)) 
            NULL
        else {
            methodsi <- allMethods[[i]]
            j <- match(to, names(methodsi))
            if (is.na(j)) 
                NULL
            else methodsi[[j]]
        }
    }
}
#@ closure internal .recacheSubclasses
function (class, def, env) 
{
    subs <- def@subclasses
    subNames <- names(subs)
    for (i in seq_along(subs)) {
        what <- subNames[[i]]
        subDef <- getClassDef(what, package = packageSlot(subs[[i]]))
        if (is.null(subDef)) 
            subDef <- getClassDef(what, env)
        if (is.null(subDef)) 
            warning(gettextf("undefined subclass %s of class %s; definition not updated", .dQ(what), .dQ(def@className)))
        else if (is.na(match(what, names(subDef@contains)))) {
            cntns <- subDef@contains
            cntns[[class]] <- subs[[i]]
            cntns <- cntns[sort.list(vapply(cntns, function(x) x@distance, 1))]
            subDef@contains <- cntns
            .cacheClass(what, subDef, FALSE, env)
        }
    }
    NULL
}
#@ closure internal .recursiveCallTest
function (x, fname) 
{
    if (is(x, "call")) {
        if (identical(x[[1L]], quote(standardGeneric))) {
            if (!identical(x[[2L]], fname)) 
                warning(gettextf("the body of the generic function for %s calls 'standardGeneric' to dispatch on a different name (\"%s\")!", sQuote(fname), paste(as.character(x[[2L]]), collapse = "\n")), domain = NA)
            TRUE
        }
        else {
            for (i in seq.int(from = 2L, length.out = length(x) - 1L)) {
                if (Recall(x[[i]], fname)) 
                  return(TRUE)
            }
            FALSE
        }
    }
    else if (is(x, "language")) {
        for (i in seq.int(from = 2L, length.out = length(x) - 1L)) {
            if (Recall(x[[i]], fname)) 
                return(TRUE)
        }
        FALSE
    }
    else FALSE
}
#@ closure internal .refMethodDescription
function (methodDefs, fieldnames, otherMethods) 
{
    methodnames <- names(methodDefs)
    methodargs <- vapply(methodDefs, function(x) paste0("(", paste(formalArgs(x), collapse = ", "), ")"), "")
    if (length(methodnames) > 0) {
        .methods.head <- "  \\describe{"
        .methods.body <- paste0("    \\item{\\code{", methodnames, methodargs, "}:}", "{ ~~ }")
        .methods <- c(.methods.head, .methods.body, "  }")
    }
    else .methods <- character()
    methodclasses <- vapply(otherMethods, function(x) if (is(x, "refMethodDef")) 
        x@refClassName
    else "<unknown>", "")
    superclass <- methodclasses != "envRefClass"
    otherMethods <- otherMethods[superclass]
    methodclasses <- methodclasses[superclass]
    if (length(otherMethods)) {
        methodnames <- names(otherMethods)
        methodnames <- gsub("[#].*", "", methodnames)
        .methods <- c(.methods, "\nThe following methods are inherited (from the corresponding class):", paste0(methodnames, " (\"", methodclasses, "\")", collapse = ", "))
    }
    .methods
}
#@ closure internal .refMethodDoc
function (topic, env) 
{
    f <- get(topic, envir = env)
    msg <- c("Call:", .makeCall(topic, f), "")
    bb <- body(f)
    if (is(bb, "{") && length(bb) > 1 && is(bb[[2]], "character")) 
        msg <- c(msg, bb[[2]], "")
    msg
}
#@ closure internal .removeCachedMethod
function (f, sig, fdef = getGeneric(f)) 
cacheMethod(f, sig, NULL, names(sig), fdef)
#@ closure internal .removeMethodsMetaTable
function (generic, where) 
{
    tname <- .TableMetaName(generic@generic, generic@package)
    if (exists(tname, where, inherits = FALSE)) 
        rm(list = tname, pos = where)
}
#@ closure internal .removePreviousCoerce
function (from, to, where, prevIs) 
{
    sig <- c(from, to)
    cdef <- getGeneric("coerce", where = where)
    if (is.null(cdef)) 
        return(FALSE)
    prevCoerce <- !is.null(selectMethod("coerce", sig, TRUE, FALSE, fdef = cdef))
    rdef <- getGeneric("coerce<-", where = where)
    if (is.null(rdef)) 
        return(FALSE)
    prevRepl <- !is.null(selectMethod("coerce<-", sig, TRUE, FALSE, fdef = rdef))
    if (prevCoerce || prevRepl) {
        if (!prevIs) 
            warning(gettextf("methods currently exist for coercing from %s to %s; they will be replaced.", dQuote(from), dQuote(to)), domain = NA)
        if (prevCoerce) 
            setMethod(cdef, sig, NULL, where = where)
        if (prevRepl) 
            setMethod(rdef, sig, NULL, where = where)
        TRUE
    }
    else FALSE
}
#@ closure internal .removeSubClass
function (class, subclass, cdef) 
{
    if (is.null(cdef)) {
    }
    else {
        newdef <- .deleteSubClass(cdef, subclass)
        if (!is.null(newdef)) 
            .cacheClass(class, newdef, FALSE, cdef@package)
        pname <- cdef@package
        if (identical(pname, ".GlobalEnv")) {
            pos <- 1
        }
        else {
            pname <- paste0("package:", pname)
            pos <- match(pname, search(), 0)
        }
        if (pos) {
            penv <- as.environment(pname)
            cmeta <- classMetaName(class)
            if (!is.null(cdefp <- penv[[cmeta]])) {
                if (subclass %in% names(cdefp@subclasses)) {
                  newdef <- .deleteSubClass(cdefp, subclass)
                  if (!is.null(newdef)) {
                    if (bindingIsLocked(cmeta, penv)) 
                      .assignOverBinding(cmeta, newdef, penv, FALSE)
                    else penv[[cmeta]] <- newdef
                  }
                }
            }
        }
    }
    sig <- signature(from = subclass, to = class)
    if (existsMethod("coerce", sig)) 
        .removeCachedMethod("coerce", sig)
    if (existsMethod("coerce<-", sig)) 
        .removeCachedMethod("coerce<-", sig)
}
#@ closure internal .removeSuperClass
function (class, superclass) 
{
    cdef <- getClassDef(class)
    if (is.null(cdef)) {
    }
    else {
        newdef <- .deleteSuperClass(cdef, superclass)
        if (!is.null(newdef)) 
            .cacheClass(class, newdef, FALSE, where)
    }
    sig <- signature(from = class, to = superclass)
    if (existsMethod("coerce", sig)) 
        .removeCachedMethod("coerce", sig)
    if (existsMethod("coerce<-", sig)) 
        .removeCachedMethod("coerce<-", sig)
    evv <- findClass(class, .GlobalEnv)
    mname <- classMetaName(class)
    for (where in evv) {
        if (!is.null(cdef <- where[[mname]])) {
            newdef <- .deleteSuperClass(cdef, superclass)
            if (!is.null(newdef)) {
                assignClassDef(class, newdef, where, TRUE)
            }
        }
    }
    NULL
}
#@ closure internal .removeSuperclassBackRefs
function (Class, classDef, classWhere) 
{
    if (length(classDef@contains)) {
        superclasses <- names(classDef@contains)
        for (what in superclasses) {
            cdef <- .getClassFromCache(what, classWhere, resolve.confl = "all")
            if (is(cdef, "classRepresentation")) 
                .removeSubClass(what, Class, cdef)
            else if (is.list(cdef)) 
                lapply(cdef, function(cl) .removeSubClass(what, Class, cl))
        }
    }
    NULL
}
#@ closure internal .renameClassDef
function (def, className) 
{
    validObject(def)
    def@className <- className
    comp <- def@contains
    for (i in seq_along(comp)) comp[[i]]@subClass <- className
    def@contains <- comp
    comp <- def@subclasses
    for (i in seq_along(comp)) comp[[i]]@superClass <- className
    def@subclasses <- comp
    def
}
#@ closure internal .renderSignature
function (f, signature) 
{
    nm <- names(signature)
    nm[nzchar(nm)] <- paste0(nm[nzchar(nm)], "=")
    msig <- paste0(nm, "\"", as.vector(signature), "\"")
    msig <- paste(msig, collapse = ",")
    gettextf("in method for %s with signature %s: ", sQuote(f), sQuote(msig))
}
#@ closure internal .reportSuperclassConflicts
function (className, ext, where) 
{
    what <- names(ext)
    conflicts <- character()
    for (i in seq_along(ext)) {
        by <- what[[i]]
        wherei <- packageSlot(ext[[i]])
        if (identical(ext[[i]]@distance, 1) && isClass(by, where = wherei)) {
            byDef <- getClassDef(by, package = wherei)
            exti <- byDef@contains
            coni <- attr(exti, "conflicts")
            if (length(coni) > 0) {
                warning(gettextf("class %s is inheriting an inconsistent superclass structure from class %s, inconsistent with %s", .dQ(className), .dQ(by), paste(.dQ(coni), collapse = ", ")), call. = FALSE, domain = NA)
                conflicts <- unique(c(conflicts, coni))
            }
        }
    }
    newconflicts <- attr(ext, "conflicts")
    if (length(newconflicts) > length(conflicts)) 
        warning(gettextf("unable to find a consistent ordering of superclasses for class %s: order chosen is inconsistent with the superclasses of %s", .dQ(className), paste(.dQ(setdiff(newconflicts, conflicts)), collapse = ", ")), call. = FALSE, domain = NA)
}
#@ closure internal .requirePackage
function (package, mustFind = TRUE) 
{
    value <- package
    if (nzchar(package)) {
        if (.Internal(exists(package, .Internal(getNamespaceRegistry()), "any", FALSE))) 
            value <- getNamespace(package)
        else {
            if (identical(package, ".GlobalEnv")) 
                return(.GlobalEnv)
            if (identical(package, "methods")) 
                return(topenv(parent.frame()))
        }
    }
    if (is.environment(value)) 
        return(value)
    topEnv <- getOption("topLevelEnvironment")
    if (is.null(topEnv)) 
        topEnv <- .GlobalEnv
    if (!is.null(pkgN <- get0(".packageName", topEnv, inherits = TRUE)) && .identC(package, pkgN)) 
        return(topEnv)
    if (nzchar(package) && require(package, character.only = TRUE)) {
    }
    else {
        if (mustFind) 
            stop(gettextf("unable to find required package %s", sQuote(package)), domain = NA)
        else return(NULL)
    }
    getNamespace(package)
}
#@ closure internal .resetInheritedMethods
function (fenv, mtable) 
{
    allObjects <- character()
    direct <- names(mtable)
    if (!is.null(allTable <- fenv$.AllMTable)) {
        allObjects <- names(allTable)
        remove(list = setdiff(allObjects, direct), envir = allTable)
    }
    else {
        allTable <- new.env(TRUE, fenv)
        assign(".AllMTable", allTable, envir = fenv)
    }
    if (anyNA(match(direct, allObjects))) {
        list2env(as.list(mtable, all.names = TRUE), allTable)
    }
    for (d in direct) {
        m <- allTable[[d]]
        if (is(m, "MethodWithNext")) 
            allTable[[d]] <- as(m, "MethodDefinition")
    }
    NULL
}
#@ closure internal .resetSigLength
function (fdef, n) 
{
    fenv <- environment(fdef)
    assign(".SigLength", n, envir = fenv)
    mtable <- .getMethodsTable(fdef, fenv, check = FALSE)
    signames <- fdef@signature
    length(signames) <- n
    .resetTable(mtable, n, signames)
    .resetInheritedMethods(fenv, mtable)
}
#@ closure internal .resetTable
function (table, n, signames) 
{
    primMethods <- .allowPrimitiveMethods(FALSE)
    on.exit(.allowPrimitiveMethods(primMethods))
    anyLabel <- rep("ANY", n)
    anyPkg <- rep("methods", n)
    seqN <- 1L:n
    labels <- names(table)
    for (what in labels) {
        method <- get(what, envir = table)
        if (is.primitive(method)) 
            newSig <- anyLabel
        else if (is(method, "MethodDefinition")) 
            newSig <- method@defined
        else if (is(method, "environment")) {
            newSig <- strsplit(what, "#", fixed = TRUE)[[1]]
            .resetTable(method, n, signames)
        }
        else stop(gettextf("invalid object in methods table (%s), expected a method, got an object of class %s", sQuote(what), dQuote(class(method))), domain = NA)
        if (is(method, "MethodDefinition")) {
            pkgs <- packageSlot(newSig)
            newSig <- as(ifelse(seqN > length(newSig), anyLabel, newSig), "signature")
            newSig@names <- signames
            newSig@package <- ifelse(seqN > length(pkgs), anyPkg, pkgs)
            method@defined <- method@target <- newSig
            newLabel <- .sigLabel(newSig)
        }
        else newLabel <- .sigLabel(ifelse(seqN > length(newSig), anyLabel, newSig))
        remove(list = what, envir = table)
        assign(newLabel, method, envir = table)
    }
    NULL
}
#@ closure internal .resolveClassList
function (value, where, package, resolve.confl = "first", resolve.msg = TRUE) 
{
    if (is.null(package)) 
        package <- if (is.character(where)) 
            where
        else getPackageName(where, FALSE)
    pkgs <- names(value)
    i <- match(package, pkgs, 0L)
    if (i == 0L && package != "methods") 
        i <- match("methods", pkgs, 0L)
    if (i > 0L) 
        value[[i]]
    else {
        switch(resolve.confl, none = NULL, first = {
            if (resolve.msg) {
                message(gettextf("Found more than one class \"%s\" in cache; using the first, from namespace '%s'", value[[1]]@className, pkgs[1]), domain = NA)
                message("Also defined by ", paste(sQuote(pkgs[-1]), collapse = " "))
            }
            value[[1]]
        }, all = value)
    }
}
#@ closure internal .resolveSuperclasses
function (classDef, ext, where, conflicts = attr(ext, "conflicts")) 
{
    .condExts <- function(contains) vapply(contains, function(x) is(x, "conditionalExtension"), NA)
    .noncondExtsClass <- function(cl) {
        if (isClass(cl, where = where)) {
            contains <- getClass(cl, where = where)@contains
            names(contains)[!.condExts(contains)]
        }
        else cl
    }
    what <- names(ext)
    dups <- unique(what[duplicated(what)])
    if (length(dups) > 0) {
        affected <- match(what, dups, 0) > 0
        conditionals <- .condExts(ext)
        if (any(conditionals)) {
            affected[conditionals] <- FALSE
            what2 <- what[affected]
            dups <- unique(what2[duplicated(what2)])
            if (length(dups) == 0) {
                if (length(conflicts) > 0) 
                  attr(ext, "conflicts") <- unique(c(conflicts, attr(ext, "conflicts")))
                return(ext)
            }
        }
        directSupers <- vapply(classDef@contains, function(x) identical(x@distance, 1), NA)
        directSupers <- unique(names(classDef@contains[directSupers]))
        superExts <- lapply(directSupers, .noncondExtsClass)
        names(superExts) <- directSupers
        retain = .choosePos(classDef@className, what, superExts, affected)
        if (is.list(retain)) {
            these <- retain[[2]]
            conflicts <- unique(c(conflicts, these))
            retain <- retain[[1]]
        }
        affected[retain] <- FALSE
        ext <- ext[!affected]
    }
    attr(ext, "conflicts") <- conflicts
    ext
}
#@ closure internal .restoreClass
function (def, where) 
{
    cl <- def@className
    message(gettextf("restoring definition of class %s", dQuote(cl)), domain = NA)
    if (isClass(cl, where = where)) 
        removeClass(cl, where = where)
    assignClassDef(cl, def, where = where)
}
#@ closure internal .S3Class
function (object) 
{
    value <- attr(object, ".S3Class")
    if (is.null(value)) {
        if (isS4(object)) {
            if (is.na(match(".Data", names(getClass(class(object))@slots)))) 
                stop(gettextf("'S3Class' only defined for extensions of %s or classes with a data part:  not true of class %s", dQuote("oldClass"), dQuote(class(object))), domain = NA)
            class(getDataPart(object))
        }
        else class(object)
    }
    else value
}
#@ closure internal .S3coerce
function (from, to) 
{
    S3Part(from)
}
#@ closure internal .S3Extends
function (ClassDef, exts, where) 
{
    superClasses <- names(exts)
    S3Class <- attr(ClassDef@prototype, ".S3Class")
    need <- S3Class[[1L]]
    for (i in seq_along(exts)) {
        exti <- exts[[i]]
        if (exti@distance == 1) 
            next
        what <- superClasses[[i]]
        whatDef <- getClassDef(what, package = packageSlot(exti))
        if (is.null(whatDef) || !isXS3Class(whatDef)) 
            next
        coerce <- exti@coerce
        body(coerce, environment(coerce)) <- body(.S3coerce)
        exti@coerce <- coerce
        replace <- exti@replace
        pos <- match(what, S3Class, 0L)
        if (pos > 1) 
            body(replace, environment(replace)) <- substituteDirect(.S3replace$e2, list(CLASS = what, NEED = need))
        else body(replace, environment(replace)) <- substituteDirect(.S3replace$e1, list(NEED = need))
        exti@replace <- replace
        exts[[i]] <- exti
    }
    exts
}
#@ value internal .S3MethodsClasses environment
#@ value internal .S3replace list
#@ closure internal .S4inherits
function (x, what, which) 
{
    superClasses <- extends(getClass(class(x)))
    if (which) 
        match(what, superClasses, 0L)
    else what %in% superClasses
}
#@ closure exported .S4methods
function (generic.function, class) 
{
    info <- if (!missing(generic.function)) 
        .S4methodsForGeneric(generic.function, class)
    else if (!missing(class)) 
        .S4methodsForClass(generic.function, class)
    else stop("must supply 'generic.function' or 'class'")
    structure(rownames(info), info = info, byclass = missing(generic.function), class = "MethodsFunction")
}
#@ closure internal .S4methodsForClass
function (generic.function, class) 
{
    def <- tryCatch(getClass(class), error = function(...) NULL)
    if (is.null(def)) 
        return(.methods_info())
    classes <- c(class, names(getClass(class)@contains))
    generics <- as.vector(getGenerics(where = search()))
    nms <- setNames(generics, generics)
    packages <- lapply(nms, function(generic) {
        table <- environment(getGeneric(generic))[[".MTable"]]
        lapply(table, function(m) environmentName(environment(m)))
    })
    methods <- lapply(nms, function(generic) {
        table <- environment(getGeneric(generic))[[".MTable"]]
        lapply(table, function(m) {
            if (is(m, "MethodDefinition") && any(m@defined %in% classes)) 
                setNames(as.vector(m@defined), names(m@defined))
        })
    })
    geom <- lapply(methods, function(method) {
        !vapply(method, is.null, logical(1))
    })
    filter <- function(elt, geom) elt[geom]
    packages <- Map(filter, packages, geom)
    methods <- Map(filter, methods, geom)
    non0 <- lengths(methods) != 0L
    packages <- packages[non0]
    methods <- methods[non0]
    geom <- lapply(methods, function(method, classes) {
        sig <- simplify2array(method)
        if (!is.matrix(sig)) 
            sig <- matrix(sig, ncol = length(method))
        idx <- apply(sig, 2, match, classes, 0L)
        if (!is.matrix(idx)) 
            idx <- matrix(idx, ncol = ncol(sig))
        keep <- colSums(idx != 0) != 0
        sidx <- idx[, keep, drop = FALSE]
        shift <- c(0, cumprod(pmax(1, apply(sidx, 1, max)))[-nrow(sidx)])
        score <- colSums(sidx + shift)
        sig0 <- sig <- sig[, keep, drop = FALSE]
        sig0[sidx != 0] <- "*"
        sig0 <- apply(sig0, 2, paste, collapse = "#")
        split(score, sig0) <- lapply(split(score, sig0), function(elt) elt == min(elt))
        score == 1
    }, classes)
    packages <- Map(filter, packages, geom)
    methods <- Map(filter, methods, geom)
    generic <- rep(names(methods), lengths(methods))
    signature <- unlist(lapply(methods, function(method) {
        vapply(method, paste0, character(1L), collapse = ",")
    }), use.names = FALSE)
    package <- unlist(packages, use.names = FALSE)
    .methods_info(generic = generic, signature = signature, from = package)
}
#@ closure internal .S4methodsForGeneric
function (generic.function, class) 
{
    if (is.null(getGeneric(generic.function))) 
        return(.methods_info())
    mtable <- ".MTable"
    generic <- generic.function
    table <- get(mtable, environment(getGeneric(generic)))
    packages <- sapply(names(table), function(nm, table) {
        environmentName(environment(table[[nm]]))
    }, table)
    methods <- names(table)
    signatures <- lapply(methods, function(method, classes) {
        m <- table[[method]]
        if (is(m, "MethodDefinition")) 
            setNames(as.vector(m@defined), names(m@defined))
        else NULL
    })
    geom <- vapply(signatures, Negate(is.null), logical(1))
    packages <- packages[geom]
    methods <- methods[geom]
    signatures <- sapply(signatures[geom], function(elt) {
        paste0(as.vector(elt), collapse = ",")
    })
    .methods_info(generic = rep(generic.function, length(packages)), from = packages, signature = signatures)
}
#@ closure internal .S4OldClass
function (Class, prevClass, def, where, prevDef) 
{
    curDef <- getClassDef(Class, where)
    if (!is.null(prevDef)) {
        on.exit(.restoreClass(prevDef, where))
        removeClass(Class, where = where)
    }
    if (!identical(def@className, curDef@className)) 
        def <- .renameClassDef(def, curDef@className)
    .validS3Extends(def, curDef)
    def@slots[names(curDef@slots)] <- curDef@slots
    ext <- c(def@contains, curDef@contains)
    distOrder <- sort.list(vapply(ext, function(x) x@distance, 1))
    ext <- ext[distOrder]
    if (anyDuplicated(names(ext))) 
        ext <- .resolveSuperclasses(def, ext, where)
    def@contains <- ext
    oldSupers <- setdiff(names(def@contains), names(curDef@contains))
    addSubclass <- function(super) {
        superDef <- getClassDef(super, where)
        superWhere <- .findOrCopyClass(super, superDef, where, "subclass")
        superDef@subclasses[[Class]] <- def@contains[[super]]
        assignClassDef(super, superDef, superWhere, TRUE)
    }
    lapply(oldSupers, addSubclass)
    subcls <- curDef@subclasses
    if (length(subcls) > 0) {
        def@subclasses[names(subcls)] <- subcls
    }
    proto <- def@prototype
    if (is.null(attr(proto, ".S3Class"))) {
        attr(proto, ".S3Class") <- if (.identC(prevClass, "oldClass")) 
            Class
        else S3Class(curDef@prototype)
        def@prototype <- proto
    }
    assignClassDef(Class, def, where = where)
    if (!extends(def, prevClass, maybe = FALSE)) 
        setIs(Class, prevClass, classDef = def, where = where)
    slotsMethod <- function(object) NULL
    body(slotsMethod) <- substitute({
        LIST
    }, list(LIST = def@slots))
    setMethod("slotsFromS3", Class, slotsMethod, where = where)
    if (!is.null(prevDef)) 
        on.exit()
}
#@ value internal .saveImage logical
#@ closure internal .saveToImplicitGenerics
function (name, def, where) 
.cacheGenericTable(name, def, .ImplicitGenericsTable(where))
#@ value internal .SealedClasses character
#@ closure internal .searchNamespaceNames
function (env) 
paste0("namespace:", getNamespaceName(env))
#@ closure internal .selectDotsMethod
function (classes, mtable, allmtable) 
{
    .pasteC <- function(names) paste0("\"", names, "\"", collapse = ", ")
    found <- character()
    distances <- numeric()
    methods <- names(mtable)
    direct <- classes %in% methods
    if (all(direct)) {
        if (length(classes) > 1L) {
            warning(gettextf("multiple direct matches: %s; using the first of these", .pasteC(classes)), domain = NA)
            classes <- classes[1L]
        }
        else if (length(classes) == 0L) 
            return(if (is.na(match("ANY", methods))) NULL else get("ANY", envir = mtable))
        return(mtable[[classes]])
    }
    if (is.null(allmtable)) 
        return(NULL)
    classes <- sort(classes)
    label <- .sigLabel(classes)
    if (exists(label, envir = allmtable, inherits = FALSE)) 
        return(get(label, envir = allmtable))
    for (i in seq_along(classes)) {
        classi <- classes[[i]]
        defi <- getClassDef(classi)
        if (is.null(defi)) 
            next
        extendsi <- defi@contains
        namesi <- c(classi, names(extendsi))
        if (i == 1) 
            namesi <- namesi[namesi %in% methods]
        else {
            namesi <- namesi[namesi %in% found]
            found <- namesi
            if (length(found) == 0L) 
                break
        }
        for (namei in namesi) {
            disti <- if (identical(namei, classi)) 
                0
            else extendsi[[namei]]@distance
            prev <- match(namei, found)
            if (is.na(prev)) {
                found <- c(found, namei)
                distances <- c(distances, disti)
            }
            else if (disti < distances[[prev]]) 
                distances[[prev]] <- disti
        }
    }
    if (length(found) == 0L) 
        method <- if (is.na(match("ANY", methods))) 
            NULL
        else get("ANY", envir = mtable)
    else {
        classes <- found[which.min(distances)]
        if (length(classes) > 1L) {
            warning(gettextf("multiple equivalent inherited matches: %s; using the first of these", .pasteC(classes)), domain = NA)
            classes <- classes[1L]
        }
        method <- get(classes, envir = mtable)
    }
    if (!is.null(method)) 
        method@target <- new("signature", ... = label)
    assign(label, method, allmtable)
    method
}
#@ closure exported .selectSuperClasses
function (ext, dropVirtual = FALSE, namesOnly = TRUE, directOnly = TRUE, simpleOnly = directOnly) 
{
    addCond <- function(xpr, prev) if (length(prev)) 
        substitute(P && N, list(P = prev, N = xpr))
    else xpr
    C <- if (dropVirtual) {
        isVirtualExt <- function(x) getClassDef(x@superClass, package = packageSlot(x))@virtual
        quote(!isVirtualExt(exti))
    }
    else expression()
    if (directOnly) 
        C <- addCond(quote(length(exti@by) == 0), C)
    if (simpleOnly) 
        C <- addCond(quote(exti@simple), C)
    if (length(C)) {
        F <- function(exti) {
        }
        body(F) <- C
        (if (namesOnly) 
            names(ext)
        else ext)[vapply(ext, F, NA, USE.NAMES = FALSE)]
    }
    else if (namesOnly) 
        names(ext)
    else ext
}
#@ closure internal .setBaseClass
function (cl, ..., where) 
{
    setClass(cl, ..., where = where)
    def <- getClassDef(cl, where)
    def@className <- as.character(def@className)
    def@prototype <- .notS4(def@prototype)
    assignClassDef(cl, def, where = where)
}
#@ closure internal .setDummyField
function (self, metaName, fieldClass, fieldName, onceOnly, value) 
{
    if (is(value, fieldClass)) 
        value <- as(value, fieldClass, strict = FALSE)
    else stop(gettextf("invalid assignment for reference class field %s, should be from class %s or a subclass (was class %s)", sQuote(fieldName), dQuote(fieldClass), dQuote(class(value))), call. = FALSE)
    selfEnv <- as.environment(self)
    if (onceOnly) {
        if (bindingIsLocked(metaName, selfEnv)) 
            stop(gettextf("invalid replacement: reference class field %s is read-only", sQuote(fieldName)), call. = FALSE)
        else {
            assign(metaName, value, envir = selfEnv)
            lockBinding(metaName, selfEnv)
        }
    }
    else assign(metaName, value, envir = selfEnv)
}
#@ closure internal .setEnvForSource
function (env) 
{
    doNothing <- function(x, ...) x
    for (f in .functionsOverriden) assign(f, switch(f, setMethod = .dummySetMethod, doNothing), envir = env)
    env
}
#@ closure internal .setIfBase
function (f, fdef, mlist) 
{
    if (is.null(f)) 
        FALSE
    else {
        found <- base::exists(f, "package:base")
        if (found) {
            base::assign(".Methods", envir = base::environment(fdef), base::get(f, "package:base"))
        }
        found
    }
}
#@ closure internal .setLockedFieldNames
function (def, value) 
{
    env <- def@fieldPrototypes
    env[[.lockedFieldsMetaName]] <- value
    value
}
#@ closure internal .setMethodOverBinding
function (what, signature, method, where, verbose = TRUE) 
{
    if (verbose) 
        warning(gettextf("setting a method over the binding of symbol %s in environment/package %s", sQuote(what), sQuote(getPackageName(where))), domain = NA)
    if (exists(what, envir = where, inherits = FALSE)) {
        fdef <- get(what, envir = where)
        hasFunction <- is(fdef, "genericFunction")
    }
    hasFunction <- FALSE
    if (hasFunction) {
        where2 <- findFunction(what, where = environment(fdef))[[1L]]
        unlockBinding(what, where)
        setMethod(what, signature, method, where = where)
        lockBinding(what, where)
        unlockBinding(what, where2)
        setMethod(what, signature, method, where = where2)
        lockBinding(what, where2)
    }
    else {
        setMethod(what, signature, method, where = where)
    }
}
#@ closure internal .setMethodsForDispatch
function (f, fdef, mlist) 
{
    ev <- environment(fdef)
    if (!is(fdef, "genericFunction") || !exists(".Methods", envir = ev, inherits = FALSE)) 
        stop(sprintf("internal error: did not get a valid generic function object for function %s", sQuote(f)), domain = NA)
    assign(".Methods", envir = ev, mlist)
}
#@ closure internal .setObjectParent
function (refMethods, refSuperClasses, where) 
{
    env <- empty <- emptyenv()
    for (cl in refSuperClasses) {
        if (identical(cl, "envRefClass")) 
            break
        clRefMethods <- getClass(cl)@refMethods
        clEnv <- clRefMethods$.objectParent
        if (identical(env, empty)) {
            env <- clEnv
            pkg <- clRefMethods$.objectPackage
        }
        else if (!identical(clEnv, env)) {
            .nQuote <- function(what) paste0("\"", what, "\"")
            stop(gettextf("Reference superclasses must come from the same package for the environment to be defined:  got %s and %s", .nQuote(clRefMethods$.objectPackage), .nQuote(pkg)))
        }
    }
    if (identical(env, empty)) {
        pkg <- where$.packageName
        if (is.null(pkg)) 
            pkg <- ".GlobalEnv"
        refMethods$.objectParent <- where
        refMethods$.objectPackage <- pkg
    }
    else {
        refMethods$.objectParent <- env
        refMethods$.objectPackage <- pkg
    }
}
#@ closure internal .setOldIs
function (Classes, where) 
{
    if (length(Classes) != 2) 
        stop(gettextf("argument 'Classes' must be a vector of two classes; got an argument of length %d", length(Classes)), domain = NA)
    for (cl in Classes) {
        if (isClass(cl, where)) {
            if (!extends(cl, "oldClass")) 
                warning(gettextf("inconsistent old-style class information for %s (maybe mixing old and new classes?)", dQuote(cl)), domain = NA)
        }
        else setClass(cl, representation("oldClass", "VIRTUAL"), where = where)
    }
    Class1 <- Classes[[1L]]
    for (cl in Classes[-1L]) {
        tfun <- .oldTestFun
        body(tfun, envir = environment(tfun)) <- substitute(inherits(object, CLASS), list(CLASS = cl))
        setIs(Class1, cl, test = tfun, coerce = .oldCoerceFun, replace = .oldReplaceFun, where = where)
    }
    NULL
}
#@ closure internal .setS3MethodsOn
function (classDef) 
{
    ext <- extends(classDef)
    slots <- classDef@slots
    if (is.na(match(".S3Class", names(slots)))) {
        slots$.S3Class <- getClass("oldClass")@slots$.S3Class
        classDef@slots <- slots
    }
    proto <- classDef@prototype
    if (is.null(proto)) 
        proto <- defaultPrototype()
    attr(proto, ".S3Class") <- ext
    classDef@prototype <- proto
    classDef
}
#@ closure internal .setupMethodsTables
function (generic, initialize = !exists(".MTable", envir = env, inherits = FALSE)) 
{
    env <- environment(generic)
    if (initialize || !exists(".SigLength", envir = env, inherits = FALSE)) {
        nsig <- 1
        for (gp in generic@group) {
            gpDef <- getGeneric(gp)
            if (is(gpDef, "genericFunction")) {
                .getMethodsTable(gpDef)
                nsig <- max(nsig, get(".SigLength", envir = environment(gpDef)))
            }
        }
        assign(".SigLength", nsig, envir = env)
    }
    argSyms <- lapply(generic@signature, as.name)
    assign(".SigArgs", argSyms, envir = env)
    if (initialize) {
        mlist <- generic@default
        mtable <- .mlistAddToTable(generic, mlist)
        assign(".MTable", mtable, envir = env)
    }
    else mtable <- getMethodsForDispatch(generic)
    .resetInheritedMethods(env, mtable)
    if (is(generic, "groupGenericFunction")) {
        for (gp in generic@groupMembers) {
            gpDef <- getGeneric(gp)
            if (is(gpDef, "genericFunction")) 
                .getMethodsTable(gpDef)
        }
    }
    NULL
}
#@ closure internal .shallowCopy
function (object, selfEnv) 
{
    newEnv <- list2env(as.list(selfEnv, all.names = TRUE), hash = TRUE)
    attr(object, ".xData") <- newEnv
    assign(".self", object, envir = newEnv)
    object
}
#@ value exported .ShortPrimitiveSkeletons list
#@ closure internal .showMethodsTable
function (generic, includeDefs = FALSE, inherited = FALSE, classes = NULL, showEmpty = TRUE, printTo = stdout()) 
{
    cf <- function(...) cat(file = printTo, sep = "", ...)
    sigString <- function(sig) paste0(names(sig), "=\"", as.character(sig), "\"", collapse = ", ")
    doFun <- function(func, pkg) cf("Function: ", func, " (package ", pkg, ")\n")
    env <- environment(generic)
    table <- get(if (inherited) 
        ".AllMTable"
    else ".MTable", envir = env)
    f <- generic@generic
    p <- packageSlot(f)
    if (is.null(p)) 
        p <- "base"
    deflt <- new("signature", generic, "ANY")
    labels <- sort(names(table))
    if (!is.null(classes) && length(labels) > 0L) {
        sigL <- strsplit(labels, split = "#")
        keep <- !vapply(sigL, function(x, y) all(is.na(match(x, y))), NA, y = classes)
        labels <- labels[keep]
    }
    if (length(labels) == 0L) {
        if (showEmpty) {
            doFun(f, p)
            cf("<No methods>\n\n")
        }
        return(invisible())
    }
    doFun(f, p)
    for (m in mget(labels, table)) {
        pkgs <- NULL
        if (is.environment(m)) {
            pkgs <- names(m)
            m <- m[[pkgs[1L]]]
        }
        if (is(m, "MethodDefinition")) {
            t <- m@target
            if (length(t) == 0L) 
                t <- deflt
            d <- m@defined
            if (length(d) == 0L) 
                d <- deflt
            cf(sigString(t), "\n")
            if (!identical(t, d)) 
                cf("    (inherited from: ", sigString(d), ")\n")
            if (!.identC(m@generic, f) && length(m@generic) == 1L && nzchar(m@generic)) 
                cf("    (definition from function \"", m@generic, "\")\n")
            if (length(pkgs) > 1) 
                cf("  (", length(pkgs), " methods defined for this signature, with different packages)\n")
        }
        if (includeDefs && is.function(m)) {
            if (is(m, "MethodDefinition")) 
                m <- m@.Data
            cat(deparse(m), sep = "\n", "\n", file = printTo)
        }
    }
    cat("\n", file = printTo)
}
#@ closure internal .showPackage
function (className) 
{
    if (is.logical(opt <- getOption("showPackageForClass"))) 
        opt
    else is.list(.Call(C_R_getClassFromCache, as.character(className), .classTable))
}
#@ closure internal .showSource
function (object) 
{
    cat("Object of class \"", class(object), "\"\n", sep = "")
    cat("Source environment created ", format(object@dateCreated), "\n")
    if (nzchar(object@packageName)) 
        cat("For package \"", object@packageName, "\"\n", sep = "")
    if (nzchar(object@sourceFile)) 
        cat("From source file \"", object@sourceFile, "\"\n", sep = "")
}
#@ closure internal .showTraceable
function (object) 
{
    if (identical(object@source, emptyenv())) {
        cat("Object with tracing code, class \"", class(object), "\"\nOriginal definition: \n", sep = "")
        callGeneric(object@original)
        cat("\n## (to see the tracing code, look at body(object))\n")
    }
    else {
        cat("Object of class \"", class(object), "\", from source\n", sep = "")
        callGeneric(object@.Data)
        cat("\n## (to see original from package, look at object@original)\n")
    }
}
#@ closure internal .sigLabel
function (sig) 
paste(sig, collapse = "#")
#@ value internal .signatureClassName character
#@ closure internal .signatureString
function (fdef, signature) 
{
    snames <- names(signature)
    if (is.null(snames)) {
        if (is(fdef, "genericFunction")) {
            snames <- fdef@signature
            signature <- matchSignature(signature, fdef)
            if (length(snames) > length(signature)) 
                length(snames) <- length(signature)
        }
        else return(paste(signature, collapse = ", "))
    }
    else signature <- as.character(signature)
    paste(paste0(snames, "=\"", signature, "\""), collapse = ", ")
}
#@ closure internal .simpleCoerceExpr
function (fromClass, toClass, fromSlots, toDef) 
{
    toSlots <- names(toDef@slots)
    sameSlots <- (length(fromSlots) == length(toSlots) && !anyNA(match(fromSlots, toSlots)))
    if (is.null(packageSlot(toClass))) {
        toClass <- toDef@className
        if (is.null(packageSlot(toClass))) 
            packageSlot(toClass) <- toDef@package
    }
    chClass <- as.character(toClass)
    if (sameSlots) 
        substitute({
            class(from) <- CLASS
            from
        }, list(CLASS = toClass))
    else if (length(toSlots) == 0L) {
        if (is.na(match(chClass, .BasicClasses))) 
            substitute({
                attributes(from) <- NULL
                class(from) <- CLASS
                from
            }, list(CLASS = toClass))
        else if (isVirtualClass(toDef)) 
            quote(from)
        else {
            switch(chClass, matrix = , array = {
                quote({
                  .dm <- dim(from)
                  .dn <- dimnames(from)
                  attributes(from) <- NULL
                  dim(from) <- .dm
                  dimnames(from) <- .dn
                  from
                })
            }, ts = {
                quote({
                  .tsp <- tsp(from)
                  attributes(from) <- NULL
                  tsp(from) <- .tsp
                  class(from) <- "ts"
                  from
                })
            }, quote({
                attributes(from) <- NULL
                from
            }))
        }
    }
    else {
        substitute({
            value <- new(CLASS)
            for (what in TOSLOTS) slot(value, what) <- slot(from, what)
            value
        }, list(CLASS = chClass, TOSLOTS = toSlots))
    }
}
#@ closure internal .simpleDuplicateClass
function (def, prev) 
{
    supers <- names(def@contains)
    prevSupers <- names(prev@contains)
    if (length(supers) != length(prevSupers) || anyNA(match(supers, prevSupers))) 
        return(FALSE)
    verbose <- getOption("verbose")
    S3 <- "oldClass" %in% supers
    if (S3) {
        return(TRUE)
    }
    dupsExist <- .duplicateClassesExist()
    if (dupsExist) {
        dups <- match(supers, multipleClasses(), 0) > 0
        if (any(dups)) {
            if (verbose) 
                message(gettextf("Note: some superclasses of class %s in package %s have duplicate definitions.  This definition is not being treated as equivalent to that from package %s", dQuote(def@className), sQuote(def@package), sQuote(prev@package)), domain = NA)
            return(FALSE)
        }
    }
    slots <- names(def@slots)
    prevSlots <- names(prev@slots)
    if (length(slots) != length(prevSlots) || anyNA(match(slots, prevSlots))) 
        return(FALSE)
    for (what in slots) {
        slotClasses <- def@slots
        prevClasses <- prev@slots
        clWhat <- slotClasses[[what]]
        prevWhat <- prevClasses[[what]]
        if (!identical(as.character(clWhat), as.character(prevWhat)) || (dupsExist && !identical(as.character(packageSlot(clWhat)), as.character(packageSlot(prevWhat))))) 
            return(FALSE)
    }
    if (verbose) 
        message(gettextf("Note: the specification for class %s in package %s seems equivalent to one from package %s: not turning on duplicate class definitions for this class.", dQuote(def@className), sQuote(def@package), sQuote(prev@package)), domain = NA)
    TRUE
}
#@ closure internal .simpleExtCoerce
function (from, strict = TRUE) 
from
#@ closure internal .simpleExtReplace
function (from, to, value) 
{
    for (what in .InhSlotNames(to)) slot(from, what) <- slot(value, what)
    from
}
#@ closure internal .simpleExtTest
function (object) 
TRUE
#@ closure internal .simpleInheritanceGeneric
function (fdef) 
{
    identical(attr(fdef@signature, "simpleOnly"), TRUE)
}
#@ closure internal .simpleIsCoerce
function (from) 
from
#@ closure internal .simpleReplaceExpr
function (toDef) 
{
    toSlots <- names(toDef@slots)
    substitute({
        for (what in TOSLOTS) slot(from, what) <- slot(value, what)
        from
    }, list(TOSLOTS = toSlots))
}
#@ closure internal .simpleSignature
function (classes, names, packages) 
{
    object <- new("signature")
    object@.Data <- classes
    object@names <- names
    object@package <- packages
    object
}
#@ closure exported .slotNames
function (x) 
{
    classDef <- getClassDef(if (!isS4(x) && is.character(x) && length(x) == 1L) 
        x
    else class(x))
    if (is.null(classDef)) 
        character()
    else names(classDef@slots)
}
#@ value internal .specialVirtual character
#@ closure internal .standardGenericDots
function (name) 
{
    env <- sys.frame(sys.parent())
    dots <- eval(quote(list(...)), env)
    classes <- unique(unlist(lapply(dots, methods:::.class1)))
    method <- methods:::.selectDotsMethod(classes, .MTable, .AllMTable)
    if (is.null(method)) 
        stop(gettextf("no method or default matching the \"...\" arguments in %s", deparse(sys.call(sys.parent()), nlines = 1)), domain = NA)
    mc <- match.call(sys.function(sys.parent()), sys.call(sys.parent()), expand.dots = FALSE, envir = parent.frame(2))
    args <- names(mc)[-1L]
    mc[args] <- lapply(args, as.name)
    names(mc)[names(mc) == "..."] <- ""
    mc[[1L]] <- quote(.dotsMethod)
    assign(name, method, env)
    eval(mc, env)
}
#@ value internal .standardPackageNamespaces environment
#@ value internal .standardPackages character
#@ closure internal .storeMlist
function (table, sig, mlist, i, add, fenv) 
{
    if (is.null(mlist)) 
        return(table)
    m <- if (is(mlist, "MethodsList")) {
        .MlistDefunct()
        mlist@methods
    }
    else list(ANY = mlist)
    classes <- names(m)
    for (j in seq_along(m)) {
        el <- m[[j]]
        sig[[i]] <- classes[[j]]
        if (is(el, "MethodDefinition") || is.primitive(el)) {
            if (add) 
                assign(.sigLabel(sig), el, envir = table)
            else remove(list = .sigLabel(sig), envir = table)
        }
        else if (is(el, "MethodsList")) {
            .MlistDefunct()
            i1 <- i + 1
            if (i1 >= length(sig)) {
                assign(".SigLength", i1, envir = fenv)
                sig <- c(sig, rep("ANY", i1 - length(sig)))
            }
            Recall(table, sig, el, i1, add, fenv)
        }
        else stop(gettextf("invalid mlist element for signature %s at level %d (should be MethodDefinition or .Primitive, had class %s)", sQuote(classes[[j]]), i, dQuote(class(el))), domain = NA)
    }
    table
}
#@ value internal .subsetFuns character
#@ closure internal .TableMetaName
function (name, package) 
methodsPackageMetaName("T", paste(name, package, sep = ":"))
#@ closure internal .TableMetaPattern
function () 
paste0("^[.]", substring(methodsPackageMetaName("T", ""), 2))
#@ closure internal .TableMetaPrefix
function () 
methodsPackageMetaName("T", "")
#@ closure internal .tempClassDef
function (...) 
{
    value <- new("classRepresentation")
    slots <- list(...)
    slotNames <- names(slots)
    for (i in seq_along(slotNames)) slot(value, slotNames[[i]], FALSE) <- slots[[i]]
    value
}
#@ closure internal .thisClassMethods
function (methodsEnv, className) 
{
    value <- list()
    for (what in names(methodsEnv)) {
        def <- get(what, envir = methodsEnv)
        if (is(def, "refMethodDef") && def@refClassName == className) 
            value[[what]] <- def@.Data
    }
    value
}
#@ closure internal .traceClassName
function (className) 
{
    className[] <- paste0(className, "WithTrace")
    className
}
#@ value internal .traceTraceState logical
#@ closure exported .TraceWithMethods
function (what, tracer = NULL, exit = NULL, at = numeric(), print = TRUE, signature = NULL, where = .GlobalEnv, edit = FALSE, from = NULL, untrace = FALSE, classMethod = FALSE) 
{
    fromPackage <- if (is.function(where)) {
        where <- if (is(where, "genericFunction")) 
            parent.env(environment(where))
        else environment(where)
        getPackageName(where)
    }
    else ""
    doEdit <- !isFALSE(edit)
    whereF <- NULL
    pname <- character()
    def <- NULL
    tracingWhere <- "in package"
    refCase <- isS4(where) && (is(where, "envRefClass") || is(where, "refClassRepresentation"))
    if (refCase) {
        if (!is.null(signature)) 
            stop("argument 'signature' is not meaningful for tracing reference methods")
        .where <- where
        if (is(.where, "refGeneratorSlot") && !classMethod) 
            .where <- .where$def
        if (is(.where, "refClassRepresentation")) {
            pname <- .where@className
            .where <- .where@refMethods
            tracingWhere <- "for class"
        }
        else {
            tracingWhere <- "for object from class"
            pname <- class(.where)
        }
        def <- eval(substitute(.dollarForEnvRefClass(.where, what)))
        if (!is(def, "refMethodDef")) {
            thisName <- substitute(what)
            stop(gettextf("%s is not a method for reference class %s", sQuote(as.character(if (is.symbol(thisName)) thisName else what)), dQuote(class(where))), domain = NA)
        }
        what <- def@name
        whereF <- .where
    }
    else if (is.function(what)) {
        def <- what
        if (is(def, "genericFunction")) {
            what <- def@generic
            whereF <- .genEnv(what, where)
            pname <- def@package
        }
        else {
            fname <- substitute(what)
            if (is.name(fname)) {
                what <- as.character(fname)
                temp <- .findFunEnvAndName(what, where)
                whereF <- temp$whereF
                pname <- temp$pname
            }
            else if (is.call(fname) && identical(fname[[1L]], as.name("::"))) {
                whereF <- as.character(fname[[2L]])
                require(whereF, character.only = TRUE)
                whereF <- as.environment(paste0("package:", whereF))
                pname <- fname[[2L]]
                what <- as.character(fname[[3L]])
            }
            else if (is.call(fname) && identical(fname[[1L]], as.name(":::"))) {
                pname <- paste(fname[[2L]], "(not-exported)")
                whereF <- loadNamespace(as.character(fname[[2L]]))
                what <- as.character(fname[[3L]])
            }
            else stop("argument 'what' should be the name of a function")
        }
    }
    else {
        what <- as(what, "character")
        if (length(what) != 1) {
            for (f in what) {
                if (nargs() == 1) 
                  trace(f)
                else Recall(f, tracer, exit, at, print, signature, where, edit, from, untrace)
            }
            return(what)
        }
        temp <- .findFunEnvAndName(what, where, signature)
        whereF <- temp$whereF
        pname <- temp$pname
        fname <- what
    }
    if (what %in% .InvalidTracedFunctions) 
        stop(gettextf("tracing the internal function %s is not allowed", sQuote(what)), domain = NA)
    if (.traceTraceState) {
        message(".TraceWithMethods: after computing what, whereF", domain = NA)
        browser()
    }
    if (nargs() == 1) 
        return(if (untrace) .primUntrace(what) else .primTrace(what))
    if (is.null(whereF)) {
        allWhere <- findFunction(what, where = where)
        if (length(allWhere) == 0) 
            stop(gettextf("no function definition for %s found", sQuote(what)), domain = NA)
        whereF <- as.environment(allWhere[[1L]])
    }
    if (is.null(tracer) && is.null(exit) && isFALSE(edit)) 
        tracer <- quote({
        })
    if (is.null(def)) 
        def <- getFunction(what, where = whereF)
    if (is(def, "traceable") && isFALSE(edit) && !untrace) 
        def <- .untracedFunction(def)
    if (!is.null(signature)) {
        fdef <- if (!is(def, "genericFunction")) 
            getGeneric(as.character(fname), TRUE, where)
        else def
        def <- selectMethod(what, signature, fdef = fdef, optional = TRUE)
        if (isRematched(def)) {
            expr <- substitute(trace(.local, tracer = tr, at = at, exit = ex, print = pr, edit = ed, where = sys.frame(sys.nframe())), list(tr = substitute(tracer), ex = exit, at = at, pr = print, ed = edit))
            at <- 3L
            tracer <- expr
            print <- FALSE
        }
        if (is.null(def)) {
            warning(gettextf("cannot untrace method for %s; no method defined for this signature: %s", sQuote(what), paste(signature, collapse = ", ")), domain = NA)
            return(def)
        }
        signature <- def@target
    }
    if (untrace) {
        if (.traceTraceState) {
            message(".TraceWithMethods: untrace case", domain = NA)
            browser()
        }
        if (is.null(signature)) {
            if (is(def, "traceable")) {
                newFun <- .untracedFunction(def)
            }
            else {
                .primUntrace(what)
                return(what)
            }
        }
        else {
            if (is(def, "traceable")) 
                newFun <- .untracedFunction(def)
            else {
                warning(gettextf("the method for %s for this signature was not being traced", sQuote(what)), domain = NA)
                return(what)
            }
        }
    }
    else {
        if (!is.null(exit)) {
            if (is.function(exit)) {
                tname <- substitute(exit)
                if (is.name(tname)) 
                  exit <- tname
                exit <- substitute(TRACE(), list(TRACE = exit))
            }
        }
        if (!is.null(tracer)) {
            if (is.function(tracer)) {
                tname <- substitute(tracer)
                if (is.name(tname)) 
                  tracer <- tname
                tracer <- substitute(TRACE(), list(TRACE = tracer))
            }
        }
        original <- .untracedFunction(def)
        traceClass <- .traceClassName(class(original))
        if (is.null(getClassDef(traceClass))) {
            traceClass <- .makeTraceClass(traceClass, class(original))
        }
        if (doEdit && is.environment(edit)) {
            def <- .findNewDefForTrace(what, signature, edit, fromPackage)
            environment(def) <- environment(original)
            if (is.null(c(tracer, exit))) {
                newFun <- new(traceClass, original)
                newFun@.Data <- def
            }
            else {
                newFun <- new(traceClass, def = def, tracer = tracer, exit = exit, at = at, print = print, doEdit = FALSE)
                newFun@original <- original
            }
            newFun@source <- edit
        }
        else newFun <- new(traceClass, def = if (doEdit) 
            def
        else original, tracer = tracer, exit = exit, at = at, print = print, doEdit = edit)
    }
    global <- identical(whereF, .GlobalEnv)
    if (.traceTraceState) {
        message(".TraceWithMethods: about to assign or setMethod", domain = NA)
        browser()
    }
    if (is.null(signature)) {
        if (bindingIsLocked(what, whereF)) 
            .assignOverBinding(what, newFun, whereF, global)
        else assign(what, newFun, whereF)
        if (length(pname) != 0) {
            spname <- sub("^namespace:", "", pname)
            ipkgs <- tryCatch(getNamespaceUsers(spname), error = function(e) {
                c()
            })
            for (importingPkg in ipkgs) {
                .updateInImportsEnv(what, newFun, importingPkg)
            }
        }
        if (length(grep("[^.]+[.][^.]+", what)) > 0) {
            S3MTableName <- ".__S3MethodsTable__."
            if (!is.null(tbl <- get0(S3MTableName, envir = whereF, inherits = FALSE))) {
                if (exists(what, envir = tbl, inherits = FALSE)) {
                  tracedFun <- get(what, envir = whereF, inherits = TRUE)
                  assign(what, tracedFun, envir = tbl)
                }
            }
        }
    }
    else {
        if (untrace && is(newFun, "MethodDefinition") && !identical(newFun@target, newFun@defined)) 
            newFun <- NULL
        setMethod(fdef, signature, newFun, where = new.env())
    }
    if (!global) {
        action <- if (untrace) 
            "Untracing"
        else "Tracing"
        nameSpaceCase <- FALSE
        location <- if (.identC(fromPackage, "")) {
            if (length(pname) == 0 && !is.null(whereF)) 
                pname <- getPackageName(whereF)
            nameSpaceCase <- isNamespace(whereF) && !is.na(match(pname, loadedNamespaces())) && identical(whereF, getNamespace(pname))
            if (length(pname) == 0) 
                ""
            else {
                if (nameSpaceCase) 
                  paste0(" in environment <namespace:", pname, ">")
                else paste0(" ", tracingWhere, " \"", pname, "\"")
            }
        }
        else paste0(" as seen from package \"", fromPackage, "\"")
        object <- if (refCase) 
            "reference method"
        else if (is.null(signature)) 
            "function"
        else "specified method for function"
        object <- paste0(" ", object, " \"", what, "\" ")
        .message(action, object, location)
        if (nameSpaceCase && !untrace && is.null(signature) && exists(what, envir = .GlobalEnv)) {
            untcall <- paste0("untrace(\"", what, "\", where = getNamespace(\"", pname, "\"))")
            .message("Warning: Tracing only in the namespace; to untrace you will need:\n    ", untcall, "\n")
        }
    }
    what
}
#@ closure internal .transitiveExtends
function (from, by, byExt, moreExts, strictBy) 
{
    what <- names(moreExts)
    for (i in seq_along(moreExts)) {
        toExt <- moreExts[[i]]
        to <- what[[i]]
        toExt <- .combineExtends(byExt, toExt, by, to, strictBy)
        moreExts[[i]] <- toExt
    }
    moreExts
}
#@ closure internal .transitiveSubclasses
function (by, to, toExt, moreExts, strictBy) 
{
    for (i in seq_along(moreExts)) {
        byExt <- moreExts[[i]]
        byExt <- .combineExtends(byExt, toExt, by, to, strictBy)
        moreExts[[i]] <- byExt
    }
    moreExts
}
#@ closure internal .trimMlist
function (mlist, fromClass) 
{
    mlist@methods <- mlist@methods[fromClass]
    mlist@allMethods <- mlist@allMethods[fromClass]
    mlist
}
#@ value internal .tsArgNames character
#@ closure internal .uncacheClass
function (name, def) 
{
    if (!is.null(prev <- .classTable[[name]])) {
        if (is(def, "classRepresentation")) 
            newpkg <- def@package
        else newpkg <- ""
        .cache_class(name, NULL)
        if (is(prev, "classRepresentation") && identical(prev@package, newpkg)) 
            return(remove(list = name, envir = .classTable))
        i <- match(newpkg, names(prev))
        if (!is.na(i)) 
            prev[[i]] <- NULL
        else return()
        if (length(prev) == 0L) 
            return(remove(list = name, envir = .classTable))
        else if (length(prev) == 1L) 
            prev <- prev[[1L]]
        assign(name, prev, envir = .classTable)
    }
}
#@ closure internal .uncacheGeneric
function (name, def) 
.uncacheGenericTable(name, def, .genericTable)
#@ closure internal .uncacheGenericTable
function (name, def, table) 
{
    if (exists(name, envir = table, inherits = FALSE)) {
        newpkg <- def@package
        prev <- get(name, envir = table)
        if (is.function(prev)) 
            return(remove(list = name, envir = table))
        i <- match(newpkg, names(prev))
        if (!is.na(i)) 
            prev[[i]] <- NULL
        else return()
        if (length(prev) == 0L) 
            return(remove(list = name, envir = table))
        else if (length(prev) == 1L) 
            prev <- prev[[1L]]
        assign(name, prev, envir = table)
    }
}
#@ closure internal .uncacheImplicitGeneric
function (name, def) 
.uncacheGenericTable(name, def, .implicitTable)
#@ closure internal .uncompleteClassDefinition
function (ClassDef, slotName) 
{
    if (missing(slotName)) {
        ClassDef <- Recall(ClassDef, "contains")
        Recall(ClassDef, "subclasses")
    }
    else {
        prev <- slot(ClassDef, slotName)
        if (length(prev)) {
            indir <- vapply(prev, .isIndirectExtension, NA)
            slot(ClassDef, slotName) <- slot(ClassDef, slotName)[!indir]
        }
        ClassDef
    }
}
#@ closure exported .undebugMethod
function (fun, signature) 
{
    if (!isdebugged(fun, signature)) {
        warning("method is not being debugged")
    }
    else {
        if (is.primitive(fun)) 
            fun <- getGeneric(fun)
        untrace(fun, signature = signature)
    }
}
#@ closure internal .undefineMethod
function (f, signature = character(), where = topenv(parent.frame())) 
{
    fdef <- getGeneric(f, where = where)
    if (is.null(fdef)) {
        warning(gettextf("no generic function %s found", sQuote(f)), domain = NA)
        return(FALSE)
    }
    if (!is.null(getMethod(fdef, signature, optional = TRUE))) 
        setMethod(f, signature, NULL, where = where)
}
#@ closure exported .untracedFunction
function (f) 
{
    while (is(f, "traceable")) f <- f@original
    f
}
#@ closure internal .updateInImportsEnv
function (what, newFun, importingPkg) 
{
    where = .getImportsEnv(importingPkg)
    if (!is.null(where) && (what %in% names(where))) {
        .assignOverBinding(what, newFun, where, FALSE)
    }
}
#@ closure internal .updateMethodsInTable
function (generic, where, attach) 
{
    fenv <- environment(generic)
    reset <- identical(attach, "reset")
    if (is.null(mtable <- fenv$.MTable)) {
        .setupMethodsTables(generic)
        mtable <- get(".MTable", envir = fenv)
    }
    if (!reset) {
        env <- as.environment(where)
        tname <- .TableMetaName(generic@generic, generic@package)
        if (!is.null(tt <- env[[tname]])) {
            .mergeMethodsTable(generic, mtable, tt, attach)
        }
    }
    if (length(generic@group)) {
        groups <- as.list(generic@group)
        generics <- vector("list", length(groups))
        for (i in seq_along(groups)) generics[[i]] <- getGeneric(groups[[i]])
        .checkGroupSigLength(groups, generics)
    }
    if (is(generic, "groupGenericFunction")) {
        .checkGroupSigLength(list(generic@generic), list(generic))
        for (g in getGroupMembers(generic)) .updateMethodsInTable(getGeneric(g), where, attach)
    }
    .resetInheritedMethods(fenv, mtable)
    mtable
}
#@ closure internal .useS4Prototype
function (on = TRUE, where = .methodsNamespace) 
{
    if (on) 
        pp <- .Call(C_Rf_allocS4Object)
    else pp <- list()
    .assignOverBinding(".defaultPrototype", where = where, pp, FALSE)
}
#@ closure internal .ValidateValueClass
function (fdef, name, valueClass) 
{
    fbody <- body(fdef)
    body(fdef, envir = environment(fdef)) <- substitute({
        ans <- EXPR
        .valueClassTest(ans, VALUECLASS, FNAME)
    }, list(EXPR = fbody, VALUECLASS = valueClass, FNAME = name))
    fdef
}
#@ closure internal .validDataPartClass
function (cl, where, prevDataPartClass = NULL) 
{
    if (is(cl, "classRepresentation")) {
        ClassDef <- cl
        cl <- ClassDef@className
    }
    else ClassDef <- getClass(cl, TRUE)
    value <- switch(cl, matrix = , array = cl, elNamed(ClassDef@slots, ".Data"))
    if (is.null(value)) {
        if (.identC(cl, "structure")) 
            value <- "vector"
        else if (cl != "VIRTUAL" && (extends(cl, "vector") || !is.na(match(cl, .BasicClasses)))) 
            value <- cl
        else if (extends(cl, "oldClass") && isVirtualClass(cl)) {
        }
        else if (isTRUE(ClassDef@virtual) && length(ClassDef@slots) == 0L && length(ClassDef@subclasses)) {
            subclasses <- ClassDef@subclasses
            what <- names(subclasses)
            value <- cl
            for (i in seq_along(what)) {
                ext <- subclasses[[i]]
                if (length(ext@by) == 0L && ext@simple && !ext@dataPart && is.na(match(what[i], .BasicClasses))) {
                  value <- NULL
                  break
                }
            }
        }
    }
    if (!(is.null(value) || is.null(prevDataPartClass) || extends(prevDataPartClass, value) || isVirtualClass(value, where = where))) {
        warning(gettextf("more than one possible class for the data part: using %s rather than %s", .dQ(prevDataPartClass), .dQ(value)), domain = NA)
        value <- NULL
    }
    value
}
#@ closure internal .validExtends
function (class1, class2, classDef1, classDef2, slotTests) 
{
    .msg <- function(class1, class2) gettextf("class %s cannot extend class %s", dQuote(class1), dQuote(class2))
    if ((is.null(classDef1) || is.null(classDef2)) && !(isVirtualClass(class1) && isVirtualClass(class2))) 
        return(c(.msg(class1, class2), ": ", gettext("both classes must be defined")))
    if (slotTests) {
        slots2 <- classDef2@slots
        if (length(slots2)) {
            n2 <- names(slots2)
            slots1 <- classDef1@slots
            n1 <- names(slots1)
            if (anyNA(match(n2, n1))) 
                return(c(.msg(class1, class2), ": ", sprintf(ngettext(sum(is.na(match(n2, n1))), "class %s is missing slot from class %s (%s), and no coerce method was supplied", "class %s is missing slots from class %s (%s), and no coerce method was supplied"), dQuote(class1), dQuote(class2), paste(n2[is.na(match(n2, n1))], collapse = ", "))))
            bad <- character()
            for (what in n2) if (!extends(slots1[[what]], slots2[[what]])) 
                bad <- c(bad, what)
            if (length(bad)) 
                return(c(.msg(class1, class2), ": ", sprintf(ngettext(length(bad), "slot in class %s must extend corresponding slot in class %s: fails for %s", "slots in class %s must extend corresponding slots in class %s: fails for %s"), dQuote(class1), dQuote(class2), paste(bad, collapse = ", "))))
        }
    }
    TRUE
}
#@ closure internal .validS3Extends
function (classDef1, classDef2) 
{
    slots2 <- classDef2@slots
    if (length(slots2) > 0) {
        n2 <- names(slots2)
        slots1 <- classDef1@slots
        n1 <- names(slots1)
        bad <- character()
        for (what in n2[match(n2, n1, 0) > 0]) if (!extends(slots1[[what]], slots2[[what]])) {
            message(gettextf("slot %s: class %s should extend class %s", sQuote(what), dQuote(slots1[[what]]), dQuote(slots2[[what]])), domain = NA)
            bad <- c(bad, what)
        }
        if (length(bad) > 0) 
            stop(gettextf("invalid S4 class corresponding to S3 class: slots in  S4 version must extend corresponding slots in S3 version: fails for %s", paste0("\"", bad, "\"", collapse = ", ")), domain = NA)
    }
    TRUE
}
#@ closure exported .valueClassTest
function (object, classes, fname) 
{
    if (length(classes)) {
        for (Cl in classes) if (is(object, Cl)) 
            return(object)
        stop(gettextf("invalid value from generic function %s, class %s, expected %s", sQuote(fname), dQuote(class(object)), paste(dQuote(classes), collapse = " or ")), domain = NA)
    }
    object
}
#@ closure internal .walkClassGraph
function (ClassDef, slotName, where, conflicts = character()) 
{
    ext <- slot(ClassDef, slotName)
    if (length(ext) == 0) 
        return(ext)
    className <- ClassDef@className
    superClassCase <- identical(slotName, "contains")
    what <- names(ext)
    for (i in seq_along(ext)) {
        by <- what[[i]]
        if (isClass(by, where = packageSlot(ext[[i]]))) {
            byDef <- getClassDef(by, package = packageSlot(ext[[i]]))
            exti <- slot(byDef, slotName)
            coni <- attr(exti, "conflicts")
            if (superClassCase && length(coni) > 0) {
                conflicts <- unique(c(conflicts, coni))
            }
            exti <- exti[is.na(match(names(exti), what))]
            if (length(exti)) {
                if (superClassCase) {
                  strictBy <- TRUE
                  exti <- .transitiveExtends(className, by, ext[[i]], exti, strictBy)
                }
                else {
                  strictBy <- TRUE
                  exti <- .transitiveSubclasses(by, className, ext[[i]], exti, strictBy)
                }
                ext <- c(ext, exti)
            }
        }
        else stop(gettextf("the '%s' list for class %s, includes an undefined class %s", if (superClassCase) 
            "superClass"
        else "subClass", dQuote(className), dQuote(.className(by))), domain = NA)
    }
    what <- names(ext)
    if (!all(is.na(match(what, className)))) {
        ok <- is.na(match(what, className))
        for (i in seq_along(what)[!ok]) {
            exti <- ext[[i]]
            if (!is(exti, "conditionalExtension")) {
                if (superClassCase) {
                  whatError <- "contain itself"
                }
                else {
                  whatError <- "have itself as a subclass"
                }
                stop(sprintf("class %s may not %s: it contains class %s, with a circular relation back to %s", dQuote(className), whatError, dQuote(exti@by), dQuote(className)), domain = NA)
            }
        }
        ext <- ext[ok]
    }
    distOrder <- sort.list(vapply(ext, function(x) x@distance, 1))
    ext <- ext[distOrder]
    if (superClassCase && (anyDuplicated(what) || length(conflicts) > 0)) 
        ext <- .resolveSuperclasses(ClassDef, ext, where, conflicts)
    ext
}
#@ closure internal .xpdSignature
function (obj, sig, nadd) 
{
    if (is(obj, "MethodDefinition")) {
        obj@defined <- sig
        obj@target <- sig
    }
    else if (is.environment(obj)) {
        for (what in names(obj)) {
            objw <- get(what, envir = obj)
            if (is(objw, "MethodDefinition")) {
                sigw <- objw@defined
                pkgw <- packageSlot(sigw)
                if (length(pkgw) < length(sigw)) 
                  pkgw <- c(pkgw, rep("", length(sigw) - length(pkgw)))
                sigw <- .simpleSignature(c(sigw, rep("ANY", nadd)), names = names(sig), packages = c(pkgw, rep("methods", nadd)))
                objw@defined <- objw@target <- sigw
                remove(list = what, envir = obj)
                var <- .pkgMethodLabel(objw)
                if (nzchar(var)) 
                  obj[[var]] <- objw
            }
        }
    }
    obj
}
#@ opaque exported addNextMethod environment:other
#@ closure exported allNames
function (x) 
{
    value <- names(x)
    if (is.null(value)) 
        character(length(x))
    else value
}
#@ opaque exported Arith environment:other
#@ closure exported as
function (object, Class, strict = TRUE, ext = possibleExtends(thisClass, Class)) 
{
    thisClass <- .class1(object)
    if (.identC(thisClass, Class) || .identC(Class, "ANY")) 
        return(object)
    where <- .classEnv(thisClass, mustFind = FALSE)
    coerceFun <- getGeneric("coerce", where = where)
    coerceMethods <- .getMethodsTable(coerceFun, environment(coerceFun), inherited = TRUE)
    asMethod <- .quickCoerceSelect(thisClass, Class, coerceFun, coerceMethods, where)
    if (is.null(asMethod)) {
        sig <- c(from = thisClass, to = Class)
        asMethod <- selectMethod("coerce", sig, optional = TRUE, useInherited = FALSE, fdef = coerceFun, mlist = getMethodsForDispatch(coerceFun))
        if (is.null(asMethod)) {
            canCache <- TRUE
            inherited <- FALSE
            if (is(object, Class)) {
                ClassDef <- getClassDef(Class, where)
                if (isFALSE(ext)) 
                  stop(sprintf("internal problem in as(): %s is(object, \"%s\") is TRUE, but the metadata asserts that the 'is' relation is FALSE", dQuote(thisClass), Class), domain = NA)
                else if (isTRUE(ext)) 
                  asMethod <- .makeAsMethod(quote(from), TRUE, Class, ClassDef, where)
                else {
                  test <- ext@test
                  asMethod <- .makeAsMethod(ext@coerce, ext@simple, Class, ClassDef, where)
                  canCache <- (!is.function(test)) || isTRUE(body(test))
                }
            }
            if (is.null(asMethod) && extends(Class, thisClass)) {
                ClassDef <- getClassDef(Class, where)
                asMethod <- .asFromReplace(thisClass, Class, ClassDef, where)
            }
            if (is.null(asMethod)) {
                asMethod <- selectMethod("coerce", sig, optional = TRUE, c(from = TRUE, to = FALSE), fdef = coerceFun, mlist = coerceMethods)
                inherited <- TRUE
            }
            else if (canCache) 
                asMethod <- .asCoerceMethod(asMethod, thisClass, ClassDef, FALSE, where)
            if (is.null(asMethod)) 
                stop(gettextf("no method or default for coercing %s to %s", dQuote(thisClass), dQuote(Class)), domain = NA)
            else if (canCache) {
                cacheMethod("coerce", sig, asMethod, fdef = coerceFun, inherited = inherited)
            }
        }
    }
    if (strict) 
        asMethod(object)
    else asMethod(object, strict = FALSE)
}
#@ closure exported as<-
function (object, Class, value) 
{
    thisClass <- .class1(object)
    if (!.identC(.class1(value), Class)) 
        value <- as(value, Class, strict = FALSE)
    where <- .classEnv(class(object))
    coerceFun <- getGeneric("coerce<-", where = where)
    coerceMethods <- getMethodsForDispatch(coerceFun)
    asMethod <- .quickCoerceSelect(thisClass, Class, coerceFun, coerceMethods, where)
    if (is.null(asMethod)) {
        sig <- c(from = thisClass, to = Class)
        canCache <- TRUE
        inherited <- FALSE
        asMethod <- selectMethod("coerce<-", sig, TRUE, FALSE, fdef = coerceFun, mlist = coerceMethods)
        if (is.null(asMethod)) {
            if (is(object, Class)) {
                asMethod <- possibleExtends(thisClass, Class)
                if (isTRUE(asMethod)) {
                  class(value) <- class(object)
                  return(value)
                }
                else {
                  test <- asMethod@test
                  asMethod <- asMethod@replace
                  canCache <- (!is.function(test)) || isTRUE(body(test))
                  if (canCache) {
                    ClassDef <- getClassDef(Class, where)
                    asMethod <- .asCoerceMethod(asMethod, thisClass, ClassDef, TRUE, where)
                  }
                }
            }
            else {
                asMethod <- selectMethod("coerce<-", sig, TRUE, c(from = TRUE, to = FALSE), doCache = TRUE)
                inherited <- TRUE
            }
        }
        if (canCache && !is.null(asMethod)) 
            cacheMethod("coerce<-", sig, asMethod, fdef = coerceFun, inherited = inherited)
    }
    if (is.null(asMethod)) 
        stop(gettextf("no method or default for as() replacement of %s with Class=\"%s\"", dQuote(thisClass), Class), domain = NA)
    asMethod(object, Class, value)
}
#@ opaque exported asMethodDefinition environment:other
#@ closure exported assignClassDef
function (Class, def, where = .GlobalEnv, force = FALSE, doSubclasses = is(def, "ClassUnionRepresentation")) 
{
    if (!is(def, "classRepresentation")) 
        stop(gettextf("trying to assign an object of class %s as the definition of class %s: must supply a \"classRepresentation\" object", dQuote(class(def)), dQuote(Class)), domain = NA)
    clName <- def@className
    attributes(clName) <- NULL
    if (!.identC(Class, clName)) 
        stop(gettextf("assigning as %s a class representation with internal name %s", dQuote(Class), dQuote(def@className)), domain = NA)
    where <- as.environment(where)
    mname <- classMetaName(Class)
    if (exists(mname, envir = where, inherits = FALSE) && bindingIsLocked(mname, where)) {
        if (force) 
            .assignOverBinding(mname, def, where, FALSE)
        else stop(gettextf("class %s has a locked definition in package %s", dQuote(Class), sQuote(getPackageName(where))))
    }
    else assign(mname, def, where)
    if (cacheOnAssign(where)) 
        .cacheClass(clName, def, doSubclasses, where)
}
#@ closure exported assignMethodsMetaData
function (f, value, fdef, where) 
{
    where <- as.environment(where)
    if (is(value, "MethodsList")) {
        .MlistDeprecated()
        mname <- methodsPackageMetaName("M", fdef@generic, fdef@package)
        if (exists(mname, envir = where, inherits = FALSE) && bindingIsLocked(mname, where)) {
        }
        else assign(mname, value, where)
    }
    if (dispatchIsInternal(fdef)) 
        setPrimitiveMethods(f, fdef@default, "reset", fdef, NULL)
    if (is(fdef, "groupGenericFunction")) 
        cacheGenericsMetaData(f, fdef, where = where, package = fdef@package)
}
#@ closure exported balanceMethodsList
function (mlist, args, check = TRUE) 
{
    .MlistDeprecated("balanceMethodsList()")
    moreArgs <- args[-1L]
    if (length(moreArgs) == 0L) 
        return(mlist)
    methods <- mlist@methods
    if (check && length(methods)) {
        depth <- 0
        el <- methods[[1L]]
        while (is(el, "MethodsList")) {
            mm <- el@methods
            if (length(mm) == 0L) 
                break
            depth <- depth + 1L
            el <- mm[[1L]]
        }
        if (depth >= length(args)) 
            return(mlist)
    }
    for (i in seq_along(methods)) {
        el <- methods[[i]]
        if (is(el, "MethodsList")) 
            el <- Recall(el, moreArgs, FALSE)
        else {
            if (is(el, "MethodDefinition")) {
                el@target[moreArgs] <- "ANY"
                el@defined[moreArgs] <- "ANY"
            }
            for (what in rev(moreArgs)) el <- new("MethodsList", argument = as.name(what), methods = list(ANY = el))
        }
        methods[[i]] <- el
    }
    mlist@methods <- methods
    mlist
}
#@ closure internal bind_activation
function (on = TRUE) 
{
    stop("methods:::bind_activation() is defunct;\n rather provide methods for cbind2() / rbind2()")
}
#@ opaque exported body<- environment:other
#@ value internal C_do_substitute_direct list
#@ value internal C_new_object list
#@ value internal C_R_clear_method_selection list
#@ value internal C_R_dummy_extern_place list
#@ value internal C_R_el_named list
#@ value internal C_R_externalptr_prototype_object list
#@ value internal C_R_get_primname list
#@ value internal C_R_get_slot list
#@ value internal C_R_getClassFromCache list
#@ value internal C_R_getGeneric list
#@ value internal C_R_hasSlot list
#@ value internal C_R_identC list
#@ value internal C_R_initMethodDispatch list
#@ value internal C_R_M_setPrimitiveMethods list
#@ value internal C_R_methods_test_MAKE_CLASS list
#@ value internal C_R_methods_test_NEW list
#@ value internal C_R_methodsPackageMetaName list
#@ value internal C_R_missingArg list
#@ value internal C_R_nextMethodCall list
#@ value internal C_R_quick_method_check list
#@ value internal C_R_selectMethod list
#@ value internal C_R_set_el_named list
#@ value internal C_R_set_method_dispatch list
#@ value internal C_R_set_slot list
#@ value internal C_R_standardGeneric list
#@ value internal C_Rf_allocS4Object list
#@ closure exported cacheGenericsMetaData
function (f, fdef, attach = TRUE, where = topenv(parent.frame()), package, methods) 
{
    if (!is(fdef, "genericFunction")) {
        warning(gettextf("no methods found for %s; cacheGenericsMetaData() will have no effect", sQuote(f)), domain = NA)
        return(FALSE)
    }
    if (missing(package)) 
        package <- fdef@package
    deflt <- finalDefaultMethod(fdef@default)
    if (dispatchIsInternal(fdef)) {
        if (missing(methods)) 
            setPrimitiveMethods(f, deflt, "reset", fdef, NULL)
        else setPrimitiveMethods(f, deflt, "set", fdef, methods)
    }
    else if (isGroup(f, fdef = fdef)) {
        members <- fdef@groupMembers
        for (ff in members) {
            ffdef <- getGeneric(ff, where = where)
            if (is(ffdef, "genericFunction")) 
                Recall(ff, ffdef, attach, where, methods = .getMethodsTable(ffdef))
        }
    }
    TRUE
}
#@ closure exported cacheMetaData
function (where, attach = TRUE, searchWhere = as.environment(where), doCheck = TRUE) 
{
    pkg <- getPackageName(where)
    classes <- getClasses(where)
    lev <- 0L
    if (attach) {
        msg <- Sys.getenv("_R_TRACE_LOADNAMESPACE_", "")
        if (nzchar(msg)) {
            if (pkg %in% c("base", "tools", "utils", "grDevices", "graphics", "stats", "datasets", "methods", "grid", "splines", "stats4", "tcltk", "compiler", "parallel")) 
                lev <- 0L
            else {
                lev <- as.integer(msg)
                if (is.na(lev)) 
                  lev <- 0L
            }
        }
        for (cl in classes) {
            if (lev > 2L) 
                message("--- caching class ", sQuote(cl))
            cldef <- get(classMetaName(cl), where)
            if (is(cldef, "classRepresentation")) 
                .cacheClass(cl, cldef, is(cldef, "ClassUnionRepresentation"), where)
            if (lev > 2L) 
                message("--- done caching class ", sQuote(cl))
        }
    }
    else {
        for (cl in classes) {
            cldef <- getClassDef(cl, searchWhere)
            if (is(cldef, "classRepresentation") && identical(cldef@package, pkg)) {
                .uncacheClass(cl, cldef)
                .removeSuperclassBackRefs(cl, cldef, searchWhere)
                if (is(cldef, "ClassUnionRepresentation")) {
                  subclasses <- names(cldef@subclasses)
                  for (subclass in subclasses) .removeSuperClass(subclass, cl)
                }
            }
        }
    }
    generics <- .getGenerics(where)
    packages <- attr(generics, "package")
    if (length(packages) < length(generics)) 
        packages <- rep(packages, length.out = length(generics))
    if (attach && exists(".requireCachedGenerics", where, inherits = FALSE)) {
        others <- get(".requireCachedGenerics", where)
        generics <- c(generics, others)
        packages <- c(packages, attr(others, "package"))
    }
    dups <- duplicated(generics) & duplicated(packages)
    generics <- generics[!dups]
    for (i in seq_along(generics)) {
        f <- generics[[i]]
        fpkg <- packages[[i]]
        .tr <- attach && (lev > 2L || lev == -5L)
        if (!identical(fpkg, pkg) && doCheck) {
            if (.tr) 
                message("--- getting generic ", sQuote(f), " (and methods)")
            if (attach) {
                env <- as.environment(where)
                if (exists(f, envir = env, inherits = FALSE)) {
                  def <- get(f, envir = env)
                  fdef <- .genericOrImplicit(f, fpkg, env)
                  if (is.function(def)) {
                    if (identical(environment(def), environment(fdef))) 
                      next
                    else if (is(fdef, "genericFunction")) {
                      .assignOverBinding(f, fdef, env, FALSE)
                    }
                  }
                }
                else fdef <- getGeneric(f, FALSE, searchWhere, fpkg)
            }
            else fdef <- getGeneric(f, FALSE, searchWhere, fpkg)
        }
        else fdef <- getGeneric(f, FALSE, searchWhere, fpkg)
        if (!is(fdef, "genericFunction")) 
            next
        if (attach) {
            .cacheGeneric(f, fdef)
        }
        else .uncacheGeneric(f, fdef)
        methods <- .updateMethodsInTable(fdef, where, attach)
        cacheGenericsMetaData(f, fdef, attach, where, fdef@package, methods)
        if (.tr) 
            message("--- done getting generic ", sQuote(f))
    }
    .doLoadActions(where, attach)
    invisible(NULL)
}
#@ closure exported cacheMethod
function (f, sig, def, args = names(sig), fdef, inherited = FALSE) 
{
    ev <- environment(fdef)
    .cacheMethodInTable(fdef, sig, def, .getMethodsTable(fdef, ev, inherited = inherited))
    if (!inherited) 
        .cacheMethodInTable(fdef, sig, def, .getMethodsTable(fdef, ev, inherited = TRUE))
}
#@ closure internal cacheOnAssign
function (env) 
is.null(env$.cacheOnAssign) || env$.cacheOnAssign
#@ closure exported callGeneric
function (...) 
{
    call <- sys.call(sys.parent(1L))
    .local <- identical(call[[1L]], quote(.local))
    methodCtxInd <- 1L + if (.local) 
        1L
    else 0L
    callerCtxInd <- methodCtxInd + 1L
    methodCall <- sys.call(sys.parent(methodCtxInd))
    if (fromNextMethod(methodCall)) {
        methodCtxInd <- methodCtxInd + 1L
    }
    methodFrame <- parent.frame(methodCtxInd)
    genericName <- getGenericFromCall(methodCall, methodFrame)
    if (is.null(genericName)) {
        stop("callGeneric() must be called from within a method body")
    }
    if (nargs() == 0L) {
        callerFrame <- sys.frame(sys.parent(callerCtxInd))
        methodDef <- sys.function(sys.parent(1L))
        call <- match.call(methodDef, methodCall, expand.dots = FALSE, envir = callerFrame)
        call[-1L] <- lapply(names(call[-1L]), as.name)
    }
    else {
        call <- sys.call()
    }
    call[[1L]] <- as.name(genericName)
    eval(call, parent.frame())
}
#@ closure exported callNextMethod
function (...) 
{
    method <- nextMethod <- NULL
    dotNextMethod <- as.name(".nextMethod")
    parent <- sys.parent(1)
    methodFun <- maybeMethod <- sys.function(parent)
    if (is(maybeMethod, "MethodDefinition")) {
        callEnv <- methodEnv <- parent.frame(1)
        mcall <- sys.call(parent)
        dotsenv <- parent.frame(2)
        i <- 1L
    }
    else {
        callEnv <- parent.frame(1)
        methodEnv <- parent.frame(2)
        mcall <- sys.call(sys.parent(2))
        dotsenv <- parent.frame(3)
        maybeMethod <- sys.function(sys.parent(2))
        i <- 2L
    }
    if (!is.null(method <- methodEnv$.Method)) {
        nextMethod <- callEnv$.nextMethod
        f <- methodEnv$.Generic
    }
    else if (identical(mcall[[1L]], dotNextMethod)) {
        nextMethodEnv <- parent.frame(i + 1L)
        nextMethod <- nextMethodEnv$.nextMethod
        f <- nextMethodEnv$.Generic
    }
    else if (is(maybeMethod, "MethodDefinition")) {
        f <- maybeMethod@generic
        method <- maybeMethod
    }
    else {
        if (is.primitive(mcall[[1L]])) {
            f <- .primname(mcall[[1L]])
        }
        else {
            f <- as.character(mcall[[1L]])
        }
        fdef <- genericForBasic(f)
        if (is.null(fdef)) 
            stop(gettextf("a call to callNextMethod() appears in a call to %s, but the call does not seem to come from either a generic function or another 'callNextMethod'", sQuote(f)), domain = NA)
        f <- fdef@generic
        method <- maybeMethod
    }
    if (is(method, "MethodDefinition")) {
        if (is.null(nextMethod)) {
            if (!is(method, "MethodWithNext")) {
                method <- addNextMethod(method, f, envir = methodEnv)
                cacheMethod(f, method@target, method, fdef = getGeneric(f), inherited = TRUE)
            }
            nextMethod <- method@nextMethod
            assign(".nextMethod", nextMethod, envir = callEnv)
            assign(".Generic", f, envir = callEnv)
        }
    }
    else if (is.null(method)) {
        if (is.null(nextMethod)) 
            stop("call to 'callNextMethod' does not appear to be in a 'method' or 'callNextMethod' context")
        method <- nextMethod
        if (!is(method, "MethodWithNext")) {
            method <- addNextMethod(method, f, envir = methodEnv)
        }
        nextMethod <- method@nextMethod
        assign(".nextMethod", nextMethod, envir = callEnv)
        assign(".Generic", f, envir = callEnv)
        assign(".nextMethod", method, envir = nextMethodEnv)
        assign(".Generic", f, envir = nextMethodEnv)
    }
    else stop(gettextf("bad object found as method (class %s)", dQuote(class(method))), domain = NA)
    if (is.null(nextMethod)) 
        stop("No next method available")
    subsetCase <- !is.na(match(f, .BasicSubsetFunctions))
    if (nargs() > 0) {
        call <- sys.call()
        call[[1L]] <- as.name(".nextMethod")
        eval(call, callEnv)
    }
    else {
        if (subsetCase) {
            call <- as.list(mcall)
            if ((f == "[") && length(names(call) > 0)) 
                call <- .doSubNextCall(call, method)
            else {
                fnames <- c("", formalArgs(method))
                i <- match("...", fnames)
                if (is.na(i) || i > length(call)) 
                  length(fnames) <- length(call)
                else {
                  i <- i - 1L
                  length(fnames) <- i
                  fnames <- c(fnames, rep("", length(call) - i))
                }
                if (endsWith(f, "<-")) 
                  fnames[length(fnames)] <- "value"
                names(call) <- fnames
                call <- as.call(call)
            }
        }
        else call <- match.call(methodFun, mcall, expand.dots = FALSE, envir = dotsenv)
        .Call(C_R_nextMethodCall, call, callEnv)
    }
}
#@ closure exported canCoerce
function (object, Class) 
{
    is(object, Class) || !is.null(selectMethod("coerce", c(.class1(object), Class), optional = TRUE, useInherited = c(from = TRUE, to = FALSE)))
}
#@ closure internal cbind
function (..., deparse.level = 1) 
{
    has.dl <- !missing(deparse.level)
    deparse.level <- as.integer(deparse.level)
    if (identical(deparse.level, -1L)) 
        deparse.level <- 0L
    stopifnot(0 <= deparse.level, deparse.level <= 2)
    argl <- list(...)
    na <- nargs() - has.dl
    while (na > 0L && is.null(argl[[na]])) {
        argl <- argl[-na]
        na <- na - 1L
    }
    if (na == 0) 
        return(NULL)
    symarg <- as.list(substitute(list(...)))[-1L]
    nmsym <- names(symarg)
    nm <- c(function(i) NULL, function(i) if (is.symbol(s <- symarg[[i]])) deparse(s) else NULL, function(i) deparse(symarg[[i]])[[1L]])[[1L + deparse.level]]
    Nms <- function(i) {
        if (!is.null(s <- nmsym[i]) && nzchar(s)) 
            s
        else nm(i)
    }
    if (na == 1) {
        if (isS4(..1)) {
            r <- cbind2(..1)
            if (length(dim(..1)) < 2L && length(dim(r)) == 2L) 
                colnames(r) <- Nms(1)
            return(r)
        }
        else return(base::cbind(..., deparse.level = deparse.level))
    }
    if (na == 2) {
        fix.na <- FALSE
    }
    else {
        nrs <- unname(lapply(argl, nrow))
        iV <- vapply(nrs, is.null, NA)
        fix.na <- identical(nrs[(na - 1L):na], list(NULL, NULL))
        if (fix.na) {
            nr <- max(if (all(iV)) lengths(argl) else unlist(nrs[!iV]))
            argl[[na]] <- cbind(rep(argl[[na]], length.out = nr), deparse.level = 0)
        }
        if (fix.na) 
            fix.na <- !is.null(Nna <- Nms(na))
    }
    Ncol <- function(x) {
        d <- dim(x)
        if (length(d) == 2L) 
            d[2L]
        else as.integer(length(x) > 0L)
    }
    setN <- function(i, nams) colnames(r)[i] <<- if (is.null(nams)) 
        ""
    else nams
    r <- argl[[na]]
    for (i in (na - 1L):1L) {
        d2 <- dim(r)
        r <- cbind2(argl[[i]], r)
        ism1 <- !is.null(d1 <- dim(argl[[i]])) && length(d1) == 2L
        ism2 <- !is.null(d2) && length(d2) == 2L
        if (ism1 && ism2) 
            next
        nn1 <- !is.null(N1 <- if ((l1 <- Ncol(argl[[i]])) && !ism1) Nms(i))
        nn2 <- !is.null(N2 <- if (i == na - 1L && Ncol(argl[[na]]) && !ism2) Nms(na))
        if (nn1 || nn2) {
            if (is.null(colnames(r))) 
                colnames(r) <- rep.int("", ncol(r))
            if (nn1) 
                setN(1, N1)
            if (nn2) 
                setN(1 + l1, N2)
        }
    }
    if (fix.na) {
        if (is.null(colnames(r))) 
            colnames(r) <- rep.int("", ncol(r))
        setN(ncol(r), Nna)
    }
    r
}
#@ opaque exported cbind2 environment:other
#@ closure exported checkAtAssignment
function (cl, name, valueClass) 
{
    ClassDef <- getClass(cl)
    slotClass <- ClassDef@slots[[name]]
    if (is.null(slotClass)) 
        stop(gettextf("%s is not a slot in class %s", sQuote(name), dQuote(cl)), domain = NA)
    if (.identC(slotClass, valueClass)) 
        return(TRUE)
    ok <- possibleExtends(valueClass, slotClass, ClassDef2 = getClassDef(slotClass, where = .classEnv(ClassDef)))
    if (isFALSE(ok)) 
        stop(gettextf("assignment of an object of class %s is not valid for @%s in an object of class %s; is(value, \"%s\") is not TRUE", dQuote(valueClass), sQuote(name), dQuote(cl), slotClass), domain = NA)
    TRUE
}
#@ closure exported checkSlotAssignment
function (obj, name, value) 
{
    cl <- class(obj)
    ClassDef <- getClass(cl)
    slotClass <- ClassDef@slots[[name]]
    if (is.null(slotClass)) 
        stop(gettextf("%s is not a slot in class %s", sQuote(name), dQuote(cl)), domain = NA)
    valueClass <- class(value)
    if (.identC(slotClass, valueClass)) 
        return(value)
    ok <- possibleExtends(valueClass, slotClass, ClassDef2 = getClassDef(slotClass, where = .classEnv(ClassDef)))
    if (isFALSE(ok)) 
        stop(gettextf("assignment of an object of class %s is not valid for slot %s in an object of class %s; is(value, \"%s\") is not TRUE", dQuote(valueClass), sQuote(name), dQuote(cl), slotClass), domain = NA)
    else if (isTRUE(ok)) 
        value
    else as(value, slotClass, strict = FALSE, ext = ok)
}
#@ closure exported classesToAM
function (classes, includeSubclasses = FALSE, abbreviate = 2) 
{
    .mergeMatrices <- function(m1, m2) {
        if (nrow(m1) == 0) 
            return(m2)
        dn1 <- dimnames(m1)
        dn2 <- dimnames(m2)
        rows <- unique(c(dn1[[1]], dn2[[1]]))
        columns <- unique(c(dn1[[2]], dn2[[2]]))
        value <- matrix(0, length(rows), length(columns), dimnames = list(rows, columns))
        value[dn1[[1]], dn1[[2]]] <- m1
        value[dn2[[1]], dn2[[2]]] <- m2
        value
    }
    if (length(includeSubclasses) == 1) 
        includeSubclasses <- rep.int(includeSubclasses, length(classes))
    if (!is(includeSubclasses, "logical") || length(includeSubclasses) != length(classes)) 
        stop("argument 'includeSubclasses' must be a logical, either one value or a vector of the same length as argument 'classes'")
    value <- matrix(0, 0, 0)
    for (i in seq_along(classes)) {
        class <- classes[[i]]
        classDef <- getClass(class)
        value <- .mergeMatrices(value, .oneClassToAM(classDef, includeSubclasses[[i]]))
    }
    abbr <- match(as.integer(abbreviate), 0:3) - 1
    if (length(abbr) != 1 || is.na(abbr)) 
        stop("argument 'abbreviate' must be 0, 1, 2, or 3")
    if (abbr%%2) 
        dimnames(value)[[1]] <- abbreviate(dimnames(value)[[1]])
    if (abbr%/%2) 
        dimnames(value)[[2]] <- abbreviate(dimnames(value)[[2]])
    value
}
#@ closure internal classGeneratorFunction
function (classDef, env = topenv(parent.frame())) 
{
    if (is(classDef, "classRepresentation")) {
    }
    else if (is(classDef, "character")) {
        if (is.null(packageSlot(classDef))) 
            classDef <- getClass(classDef, where = env)
        else classDef <- getClass(classDef)
    }
    else stop("argument 'classDef' must be a class definition or the name of a class")
    fun <- function(...) NULL
    body(fun) <- substitute(new(CLASS, ...), list(CLASS = classDef@className))
    environment(fun) <- env
    fun <- as(fun, "classGeneratorFunction")
    fun@className <- classDef@className
    fun@package <- classDef@package
    fun
}
#@ closure exported classLabel
function (Class) 
{
    if (is.character(Class) && length(Class)) {
        className <- Class[[1L]]
        packageName <- attr(Class, "package")
        if (is.null(packageName)) 
            packageName <- ""
    }
    else {
        if (is(Class, "classRepresentation")) {
            className <- Class@className
            packageName <- Class@package
        }
        else stop(gettextf("invalid call to 'classLabel': expected a name or a class definition, got an object of class %s", classLabel(class(Class))), domain = NA)
    }
    if (.showPackage(className)) {
        packageName <- if (identical(packageName, ".GlobalEnv")) 
            " (from the global environment)"
        else paste0(" (from package \"", packageName, "\")")
        paste0("\"", className, "\"", packageName)
    }
    else paste0("\"", className, "\"")
}
#@ closure exported classMetaName
function (name) 
methodsPackageMetaName("C", name)
#@ closure exported className
function (class, package) 
{
    if (is(class, "character")) {
        className <- as.character(class)
        if (missing(package)) 
            package <- packageSlot(class)
        if (is.null(package)) {
            if (exists(className, envir = .classTable, inherits = FALSE)) 
                classDef <- get(className, envir = .classTable)
            else {
                classDef <- findClass(className, topenv(parent.frame()))
                if (length(classDef) == 1) 
                  classDef <- classDef[[1]]
            }
            if (is(classDef, "classRepresentation")) 
                package <- classDef@package
            else if (length(classDef) > 1L) {
                pkgs <- sapply(classDef, function(cl) cl@package)
                warning(gettextf("multiple class definitions for %s from packages: %s; picking the first", dQuote(className), paste(sQuote(pkgs), collapse = ", ")), domain = NA)
                package <- pkgs[[1L]]
            }
            else stop(gettextf("no package name supplied and no class definition found for %s", dQuote(className)), domain = NA)
        }
    }
    else if (is(class, classDef)) {
        className <- class@className
        if (missing(package)) 
            package <- class@package
    }
    new("className", .Data = className, package = package)
}
#@ opaque exported coerce environment:other
#@ opaque exported coerce<- environment:other
#@ opaque exported Compare environment:other
#@ closure exported completeClassDefinition
function (Class, ClassDef = getClassDef(Class), where, doExtends = TRUE) 
{
    ClassDef <- .completeClassSlots(ClassDef, where)
    immediate <- ClassDef@contains
    properties <- ClassDef@slots
    prototype <- makePrototypeFromClassDef(properties, ClassDef, immediate, where)
    virtual <- ClassDef@virtual
    extends <- if (doExtends) 
        completeExtends(ClassDef, where = where)
    else ClassDef@contains
    subclasses <- if (doExtends) 
        completeSubclasses(ClassDef, where = where)
    else ClassDef@subclasses
    if (is.na(virtual)) 
        virtual <- testVirtual(properties, immediate, prototype, where)
    ClassDef <- .mergeClassDefSlots(ClassDef, slots = properties, contains = extends, prototype = prototype, virtual = virtual, subclasses = subclasses)
    if (any(!is.na(match(names(ClassDef@subclasses), names(ClassDef@contains)))) && getOption("warn") > 0) {
        bad <- names(ClassDef@subclasses)[!is.na(match(names(ClassDef@subclasses), names(ClassDef@contains)))]
        warning(gettextf("potential cycle in class inheritance: %s has duplicates in superclasses and subclasses (%s)", dQuote(Class), paste(bad, collapse = ", ")), domain = NA)
    }
    ClassDef
}
#@ closure exported completeExtends
function (ClassDef, class2, extensionDef, where) 
{
    ext <- ClassDef@contains
    for (i in seq_along(ext)) {
        if (.isIndirectExtension(ext[[i]])) {
            ClassDef <- .uncompleteClassDefinition(ClassDef, "contains")
            break
        }
    }
    exts <- .walkClassGraph(ClassDef, "contains", where, attr(ext, "conflicts"))
    if (length(exts)) {
        if ("oldClass" %in% names(exts) && length(ClassDef@slots) > 1L) 
            exts <- .S3Extends(ClassDef, exts, where)
    }
    if (!missing(class2) && length(ClassDef@subclasses)) {
        strictBy <- TRUE
        subclasses <- .transitiveSubclasses(ClassDef@className, class2, extensionDef, ClassDef@subclasses, strictBy)
        for (i in seq_along(subclasses)) {
            obji <- subclasses[[i]]
            if (!extends(obji@subClass, class2)) 
                setIs(obji@subClass, class2, extensionObject = obji, doComplete = FALSE, where = where)
        }
    }
    exts
}
#@ closure exported completeSubclasses
function (classDef, class2, extensionDef, where, classDef2 = getClassDef(class2, where)) 
{
    ext <- classDef@subclasses
    for (i in seq_along(ext)) {
        if (.isIndirectExtension(ext[[i]])) {
            classDef <- .uncompleteClassDefinition(classDef, "subclasses")
            break
        }
    }
    subclasses <- .walkClassGraph(classDef, "subclasses", where)
    if (!missing(class2) && length(classDef@contains)) {
        strictBy <- TRUE
        contains <- .transitiveExtends(class2, classDef@className, extensionDef, classDef@contains, strictBy)
        for (i in seq_along(contains)) {
            obji <- contains[[i]]
            cli <- contains[[i]]@superClass
            cliDef <- getClassDef(cli, package = packageSlot(obji))
            subcl <- cliDef@subclasses[[class2]]
            if (is.null(subcl)) {
                exti <- extends(classDef2, cliDef, fullInfo = TRUE)
                if (identical(exti, FALSE) || (is(exti, "SClassExtension") && exti@distance > 1L && classDef@className == exti@by)) 
                  setIs(class2, cli, extensionObject = obji, doComplete = FALSE, where = where)
            }
        }
    }
    subclasses
}
#@ opaque exported Complex environment:other
#@ closure exported conformMethod
function (signature, mnames, fnames, f = "<unspecified>", fdef, method) 
{
    sig0 <- signature
    fsig <- fdef@signature
    if (is.na(match("...", mnames)) && !is.na(match("...", fnames))) 
        fnames <- fnames[-match("...", fnames)]
    imf <- match(fnames, mnames)
    omitted <- is.na(imf)
    if (is.unsorted(imf[!omitted])) 
        stop(.renderSignature(f, signature), "formal arguments in method and generic do not appear in the same order", call. = FALSE)
    if (!any(omitted)) 
        return(signature)
    sigNames <- names(signature)
    omittedSig <- sigNames %in% fnames[omitted]
    if (!any(omittedSig)) 
        return(signature)
    if (any(iiN <- is.na(match(signature[omittedSig], c("ANY", "missing"))))) {
        bad <- omittedSig & iiN
        bad2 <- paste0(fnames[bad], " = \"", signature[bad], "\"", collapse = ", ")
        stop(.renderSignature(f, sig0), gettextf("formal arguments (%s) omitted in the method definition cannot be in the signature", bad2), call. = TRUE, domain = NA)
    }
    else if (any(omittedSig <- omittedSig & signature != "missing")) {
        .message("Note: ", .renderSignature(f, sig0), gettextf("expanding the signature to include omitted arguments in definition: %s", paste(sigNames[omittedSig], "= \"missing\"", collapse = ", ")))
        signature[omittedSig] <- "missing"
    }
    n <- length(signature)
    while (.identC(signature[[n]], "ANY")) n <- n - 1L
    length(signature) <- n
    length(fsig) <- n
    setNames(signature, fsig)
}
#@ closure exported defaultDumpName
function (generic, signature) 
{
    if (missing(signature)) 
        paste(generic, "R", sep = ".", collapse = ".")
    else paste(generic, paste(signature, collapse = "."), "R", sep = ".")
}
#@ closure exported defaultPrototype
function () 
.defaultPrototype
#@ closure internal dispatchIsInternal
function (fdef) 
{
    is.primitive(fdef@default) || is(fdef@default, "internalDispatchMethod")
}
#@ closure exported doPrimitiveMethod
function (name, def, call = sys.call(sys.parent()), ev = sys.frame(sys.parent(2))) 
{
    cat("called doPrimitiveMethod\n\n")
    if (!is.null(prev <- ev[[name]])) {
        on.exit(assign(name, prev, envir = ev))
    }
    else on.exit(rm(list = name, envir = ev))
    assign(name, def, envir = ev)
    eval(call, ev)
}
#@ closure exported dumpMethod
function (f, signature = character(), file = defaultDumpName(f, signature), where = topenv(parent.frame()), def = getMethod(f, signature, where = where, optional = TRUE)) 
{
    if (!is.function(def)) 
        def <- getMethod(f, character(), where = where, optional = TRUE)
    closeit <- TRUE
    isSTDOUT <- FALSE
    if (is.character(file)) {
        if (!(isSTDOUT <- file == "")) 
            file <- file(file, "w")
    }
    else if (inherits(file, "connection")) {
        if (!isOpen(file)) 
            open(file, "w")
        else closeit <- FALSE
    }
    else stop("'file' must be a character string or a connection")
    if (!isSTDOUT) {
        sink(file)
        on.exit({
            sink()
            if (closeit) close(file)
        })
    }
    cat("setMethod(\"", f, "\", ", deparse(signature), ",\n", sep = "")
    dput(def@.Data)
    cat(")\n", sep = "")
    if (!isSTDOUT) {
        on.exit()
        sink()
        if (closeit) 
            close(file)
    }
    invisible(file)
}
#@ closure exported dumpMethods
function (f, file = "", signature = NULL, methods = findMethods(f, where = where), where = topenv(parent.frame())) 
{
    if (length(signature) > 0) 
        warning("argument 'signature' is not meaningful with the current implementation and is ignored \n(extract a subset of the methods list instead)")
    closeit <- TRUE
    isSTDOUT <- FALSE
    if (is.character(file)) {
        if (!(isSTDOUT <- file == "")) 
            file <- file(file, "w")
    }
    else if (inherits(file, "connection")) {
        if (!isOpen(file)) 
            open(file, "w")
        else closeit <- FALSE
    }
    else stop("'file' must be a character string or a connection")
    if (!isSTDOUT) {
        sink(file)
        on.exit({
            sink()
            if (closeit) close(file)
        })
    }
    sigs <- methods@signatures
    for (i in seq_along(methods)) dumpMethod(f, sigs[[i]], file = "", def = methods[[i]])
}
#@ closure exported el
function (object, where) 
object[where][[1L]]
#@ primitive exported el<-
#@ closure exported elNamed
function (x, name, mustFind = FALSE) 
{
    i <- match(name, names(x))
    if (is.na(i)) {
        if (mustFind) 
            stop(gettextf("%s is not one of the element names", sQuote(name)), domain = NA)
        else NULL
    }
    else x[[i]]
}
#@ closure exported elNamed<-
function (x, name, value) 
{
    x[[name]] <- value
    x
}
#@ closure exported empty.dump
function () 
list()
#@ closure exported emptyMethodsList
function (mlist, thisClass = "ANY", sublist = list()) 
{
    .MlistDeprecated("emptyMethodsList()")
    sublist[thisClass] <- list(NULL)
    new("EmptyMethodsList", argument = mlist@argument, sublist = sublist)
}
#@ closure internal envRefInferField
function (self, field, thisClass, selfEnv = as.environment(self)) 
{
    "Install a field method into the environment of object\nself from reference class thisClass."
    fields <- thisClass@fieldPrototypes
    if (exists(field, envir = fields, inherits = FALSE)) {
        value <- get(field, envir = fields)
    }
    else {
        methods <- thisClass@refMethods
        if (exists(field, envir = methods, inherits = FALSE)) {
            value <- get(field, envir = methods)
            value <- installClassMethod(value, self, field, selfEnv, thisClass)
        }
        else stop(gettextf("%s is not a valid field or method name for reference class %s", sQuote(field), dQuote(thisClass@className)), domain = NA)
    }
    value
}
#@ value internal envRefMethodNames character
#@ closure internal envRefSetField
function (object, field, thisClass = refObjectClass(object), env = as.environment(object), value) 
{
    fieldClass <- thisClass@fieldClasses[[field]]
    if (is.null(fieldClass)) 
        stop(gettextf("%s is not a field in class %s", sQuote(field), dQuote(thisClass@className)), domain = NA)
    else assign(field, value, envir = env)
    object
}
#@ closure exported evalOnLoad
function (expr, where = topenv(parent.frame()), aname = "") 
{
    f <- function(env) NULL
    body(f, where) <- substitute(eval(EXPR, ENV), list(EXPR = expr, ENV = where))
    setLoadAction(f, aname, where)
}
#@ closure exported evalqOnLoad
function (expr, where = topenv(parent.frame()), aname = "") 
evalOnLoad(substitute(expr), where, aname)
#@ closure exported evalSource
function (source, package = "", lock = TRUE, cache = FALSE) 
{
    if (!nzchar(package)) 
        envp <- .GlobalEnv
    else {
        pstring <- paste0("package:", package)
        packageIsVisible <- pstring %in% search()
        if (packageIsVisible) {
            envp <- as.environment(pstring)
        }
        else {
            envp <- tryCatch(asNamespace(package), error = function(cond) NULL)
        }
        if (is.null(envp)) 
            stop(gettextf("package %s is not attached and no namespace found for it", sQuote(package)), domain = NA)
    }
    env <- new("sourceEnvironment", new.env(parent = envp), packageName = package, sourceFile = (if (is.character(source)) 
        source
    else ""))
    env$.packageName <- package
    setCacheOnAssign(env, cache)
    if (is(source, "character")) 
        for (text in source) sys.source(text, envir = env)
    else if (is(source, "connection")) 
        sys.source(source, envir = env)
    else if (!is(source, "environment")) 
        stop(gettextf("invalid 'source' argument: expected file names or a connection but got an object of class %s", dQuote(class(source)[[1L]])), domain = NA)
    if (lock) 
        lockEnvironment(env, bindings = TRUE)
    env
}
#@ closure exported existsFunction
function (f, generic = TRUE, where = topenv(parent.frame())) 
length(findFunction(f, generic, where)) > 0L
#@ closure exported existsMethod
function (f, signature = character(), where = topenv(parent.frame())) 
{
    if (missing(where)) 
        method <- getMethod(f, signature, optional = TRUE)
    else method <- getMethod(f, signature, where = where, optional = TRUE)
    !is.null(method)
}
#@ closure exported extends
function (class1, class2, maybe = TRUE, fullInfo = FALSE) 
{
    if (is.character(class1)) {
        if (length(class1) > 1L) 
            class1 <- class1[[1L]]
        classDef1 <- getClassDef(class1)
    }
    else if (is(class1, "classRepresentation")) {
        classDef1 <- class1
        class1 <- classDef1@className
    }
    else stop("'class1' must be the name of a class or a class definition")
    if (missing(class2)) {
        if (is.null(classDef1)) 
            return(class1)
        ext <- classDef1@contains
        if (!isTRUE(maybe) && length(ext) > 0) {
            noTest <- vapply(ext, function(obj) isTRUE(body(obj@test)), NA)
            ext <- ext[noTest]
        }
        if (fullInfo) {
            ext[[class1]] <- TRUE
            return(ext)
        }
        else return(c(class1, names(ext)))
    }
    value <- NULL
    if (is.character(class2) && length(class2) == 1L) {
        if (.identC(class1[[1L]], class2) || .identC(class2, "ANY")) 
            return(TRUE)
        if (!is.null(classDef1) && class2 %in% names(classDef1@contains)) 
            value <- classDef1@contains[[class2]]
        else classDef2 <- getClassDef(class2)
    }
    else if (is(class2, "classRepresentation")) {
        classDef2 <- class2
        class2 <- class2@className
    }
    else stop("'class2' must be the name of a class or a class definition")
    if (is.null(value)) 
        value <- possibleExtends(class1, class2, classDef1, classDef2)
    if (fullInfo) 
        value
    else if (is.logical(value)) 
        value
    else if (value@simple || isTRUE(body(value@test))) 
        TRUE
    else maybe
}
#@ opaque exported externalRefMethod attributes
#@ closure exported finalDefaultMethod
function (method) 
{
    repeat {
        if (is.function(method) || is.null(method)) 
            break
        if (is(method, "MethodsList")) {
            .MlistDeprecated()
            method <- slot(method, "methods")[["ANY"]]
        }
        else stop(gettextf("default method must be a method definition, a primitive or NULL: got an object of class %s", dQuote(class(method))), domain = NA)
    }
    method
}
#@ closure exported findClass
function (Class, where = topenv(parent.frame()), unique = "") 
{
    if (is(Class, "classRepresentation")) {
        pkg <- Class@package
        classDef <- Class
        Class <- Class@className
    }
    else {
        pkg <- packageSlot(Class)
        if (is.null(pkg)) 
            pkg <- ""
        classDef <- getClassDef(Class, where, pkg)
    }
    where <- if (missing(where) && nzchar(pkg)) 
        .requirePackage(pkg)
    else as.environment(where)
    what <- classMetaName(Class)
    where <- .findAll(what, where)
    if (length(where) > 1L && nzchar(pkg)) {
        pkgs <- sapply(where, function(db) get(what, db)@package)
        where <- where[match(pkg, pkgs, 0L)]
    }
    else pkgs <- pkg
    if (length(where) == 0L) {
        if (is.null(classDef)) 
            classDef <- getClassDef(Class)
        if (nzchar(unique)) {
            if (is(classDef, "classRepresentation")) 
                stop(gettextf("class %s is defined, with package %s, but no corresponding metadata object was found (not exported?)", dQuote(Class), sQuote(classDef@package)), domain = NA)
            else stop(gettextf("no definition of %s to use for %s", dQuote(Class), unique), domain = NA)
        }
    }
    else if (length(where) > 1L) {
        pkgs <- sapply(where, getPackageName, create = FALSE)
        where <- where[!(nzchar(pkgs) & duplicated(pkgs))]
        if (length(where) > 1L) 
            if (nzchar(unique)) {
                pkgs <- base::unique(pkgs)
                where <- where[1L]
                warning(sprintf(ngettext(length(pkgs), "multiple definition of class %s visible (%s); using the definition\n   in package %s for %s", "multiple definitions of class %s visible (%s); using the definition\n   in package %s for %s"), dQuote(Class), paste(sQuote(pkgs), collapse = ", "), sQuote(pkgs[[1L]]), unique), domain = NA)
            }
    }
    where
}
#@ closure exported findFunction
function (f, generic = TRUE, where = topenv(parent.frame())) 
{
    allWhere <- .findAll(f, where)
    ok <- logical(length(allWhere))
    for (i in seq_along(allWhere)) {
        wherei <- allWhere[[i]]
        if (!is.null(fdef <- wherei[[f]])) {
            ok[i] <- is.function(fdef) && (generic || is.primitive(fdef) || !isGeneric(f, wherei, fdef))
        }
    }
    allWhere[ok]
}
#@ closure exported findMethod
function (f, signature, where = topenv(parent.frame())) 
{
    if (is(f, "genericFunction")) {
        fdef <- f
        f <- fdef@generic
    }
    else fdef <- getGeneric(f, where = where)
    if (is.null(fdef)) {
        warning(gettextf("no generic function %s found", sQuote(f)), domain = NA)
        return(character())
    }
    fM <- .TableMetaName(fdef@generic, fdef@package)
    where <- .findAll(fM, where)
    found <- logical(length(where))
    for (i in seq_along(where)) {
        wherei <- where[[i]]
        table <- get(fM, wherei, inherits = FALSE)
        mi <- .findMethodForFdef(signature, table, fdef)
        found[i] <- !is.null(mi)
    }
    value <- where[found]
    what <- vapply(value, class, "", USE.NAMES = FALSE)
    if (identical(what, "numeric") || identical(what, "character")) 
        unlist(value)
    else value
}
#@ closure exported findMethods
function (f, where, classes = character(), inherited = FALSE, package = "") 
{
    if (is(f, "genericFunction")) {
        fdef <- f
        f <- fdef@generic
    }
    else if (.isSingleString(f)) {
        if (missing(where)) 
            fdef <- getGeneric(f, package = package)
        else {
            fdef <- getGeneric(f, where = where, package = package)
            if (is.null(fdef)) 
                fdef <- getGeneric(f, package = package)
        }
    }
    else if (!is.function(f)) 
        stop(gettextf("argument %s must be a generic function or a single character string; got an object of class %s", sQuote("f"), dQuote(class(f))), domain = NA)
    else {
        fdef <- f
        f <- deparse1(substitute(f))
    }
    if (!is(fdef, "genericFunction")) {
        warning(gettextf("non-generic function '%s' given to findMethods()", f), domain = NA)
        return(list())
    }
    object <- new("listOfMethods", arguments = fdef@signature, generic = fdef)
    if (missing(where)) 
        table <- get(if (inherited) 
            ".AllMTable"
        else ".MTable", envir = environment(fdef))
    else {
        if (!isFALSE(inherited)) 
            stop(gettextf("only FALSE is meaningful for 'inherited', when 'where' is supplied (got %s)", inherited), domain = NA)
        where <- as.environment(where)
        what <- .TableMetaName(f, fdef@package)
        if (is.null(table <- where[[what]])) 
            return(object)
    }
    objNames <- sort(names(table))
    if (length(classes)) {
        classesPattern <- paste0("#", classes, "#", collapse = "|")
        which <- grep(classesPattern, paste0("#", objNames, "#"))
        objNames <- objNames[which]
    }
    object@.Data <- mget(objNames, table)
    object@names <- objNames
    object@signatures <- strsplit(objNames, "#", fixed = TRUE)
    object
}
#@ closure exported findMethodSignatures
function (..., target = TRUE, methods = findMethods(...)) 
{
    what <- methods@arguments
    if (target) 
        sigs <- methods@signatures
    else {
        anySig <- rep("ANY", length(what))
        for (m in methods) if (!is.primitive(m)) {
            length(anySig) <- length(m@defined)
            break
        }
        sigs <- lapply(methods, function(x) if (is.primitive(x)) 
            anySig
        else as.character(x@defined))
    }
    lens <- unique(vapply(sigs, length, 1, USE.NAMES = FALSE))
    if (length(lens) == 0) 
        return(matrix(character(), 0, length(methods@arguments)))
    if (length(lens) > 1L) {
        lens <- max(lens)
        anys <- rep("ANY", lens)
        sigs <- lapply(sigs, function(x) {
            if (length(x) < lens) {
                anys[seq_along(x)] <- x
                anys
            }
            else x
        })
    }
    length(what) <- lens
    t(matrix(unlist(sigs), nrow = lens, dimnames = list(what, NULL)))
}
#@ closure exported findUnique
function (what, message, where = topenv(parent.frame())) 
{
    where <- .findAll(what, where = where)
    if (length(where) > 1L) {
        if (missing(message)) 
            message <- sQuote(what)
        if (is.list(where)) 
            where <- unlist(where)
        if (is.numeric(where)) 
            where <- search()[where]
        warning(message, sprintf(" found on: %s; using the first one", paste(sQuote(where), collapse = ", ")), domain = NA)
        where <- where[1L]
    }
    where
}
#@ closure exported fixPre1.8
function (names, where = topenv(parent.frame())) 
{
    done <- character()
    for (what in names) {
        objWhere <- .findAll(what, where)
        if (length(objWhere) == 0) {
            warning(gettextf("object %s not found", sQuote(what)), domain = NA)
            next
        }
        objWhere <- objWhere[[1L]]
        obj <- get(what, objWhere)
        if (is.null(attr(obj, "class"))) 
            next
        Class <- class(obj)
        if (is.null(attr(Class, "package"))) {
            if (isClass(Class, where = where)) {
                ClassDef <- getClass(Class, where = where)
                ok <- !(isVirtualClass(ClassDef) || !isTRUE(validObject(obj, test = TRUE)))
                if (ok) {
                  class(obj) <- ClassDef@className
                  assign(what, obj, objWhere)
                  done <- c(done, what)
                }
                else warning(gettextf("object %s not changed (it is not consistent with the current definition of class %s from %s)", sQuote(what), dQuote(Class), sQuote(ClassDef@package)), domain = NA)
            }
            else warning(gettextf("no definition for the class of %s (class %s) found", sQuote(what), dQuote(class)), domain = NA)
        }
        else warning(gettextf("object %s not changed (it does not appear to be from a version of R earlier than 1.8.0)", sQuote(what)), domain = NA)
    }
    done
}
#@ closure exported formalArgs
function (def) 
names(formals(def, envir = parent.frame()))
#@ closure internal fromNextMethod
function (call) 
{
    identical(call[[1L]], quote(.nextMethod))
}
#@ opaque exported functionBody environment:other
#@ opaque exported functionBody<- environment:other
#@ closure exported generic.skeleton
function (name, fdef, fdefault) 
{
    anames <- formalArgs(fdef)
    skeleton <- lapply(as.list(c(name, anames)), as.name)
    dots <- match("...", anames)
    if (!is.na(dots) && dots < length(anames)) {
        anames[1L:dots] <- ""
        names(skeleton) <- c("", anames)
    }
    if (is.null(fdefault)) {
        fdefault <- fdef
        msg <- "invalid call in method dispatch to '%s' (no default method)"
        body(fdefault) <- substitute(stop(gettextf(MSG, NAME), domain = NA), list(MSG = msg, NAME = name))
        environment(fdefault) <- baseenv()
    }
    skeleton[[1L]] <- fdefault
    as.call(skeleton)
}
#@ closure internal genericForBasic
function (f, where = topenv(parent.frame()), mustFind = TRUE) 
{
    ans <- .BasicFunsList[[f]]
    if (mustFind && isFALSE(ans)) 
        stop(gettextf("methods may not be defined for primitive function %s in this version of R", sQuote(f)), domain = NA)
    ans
}
#@ closure exported getAllSuperClasses
function (ClassDef, simpleOnly = TRUE) 
{
    temp <- superClassDepth(ClassDef, simpleOnly = simpleOnly)
    unique(temp$label[sort.list(temp$depth)])
}
#@ closure exported getClass
function (Class, .Force = FALSE, where = .classEnv(Class, topenv(parent.frame()), FALSE)) 
{
    value <- getClassDef(Class, where)
    if (is.null(value)) {
        if (!.Force) 
            stop(gettextf("%s is not a defined class", dQuote(Class)), domain = NA)
        else value <- makeClassRepresentation(Class, package = "base", virtual = TRUE, where = where)
    }
    value
}
#@ closure exported getClassDef
function (Class, where = topenv(parent.frame()), package = packageSlot(Class), inherits = TRUE) 
{
    if (inherits) {
        value <- .getClassesFromCache(Class)
        if (is.list(value)) 
            value <- .resolveClassList(value, where, package)
    }
    else value <- NULL
    if (is.null(value)) {
        cname <- classMetaName(if (length(Class) > 1L) 
            Class[[1L]]
        else Class)
        if (is.character(where)) {
            package <- where
        }
        if (isTRUE(nzchar(package))) {
            package <- .requirePackage(package)
        }
        if (is.environment(package)) {
            value <- get0(cname, package, inherits = inherits)
        }
        if (is.null(value)) 
            value <- get0(cname, where, inherits = inherits)
    }
    value
}
#@ closure exported getClasses
function (where = .externalCallerEnv(), inherits = missing(where)) 
{
    pat <- paste0("^", classMetaName(""))
    if (!is.environment(where)) 
        where <- as.environment(where)
    if (inherits) {
        evList <- .parentEnvList(where)
        clNames <- character()
        for (ev in evList) clNames <- c(clNames, grep(pat, names(ev), value = TRUE))
        clNames <- unique(clNames)
    }
    else clNames <- grep(pat, names(where), value = TRUE)
    substring(clNames, nchar(pat, "c"))
}
#@ closure exported getDataPart
function (object, NULL.for.none = FALSE) 
{
    if (typeof(object) == "S4") {
        value <- attr(object, ".Data")
        if (is.null(value)) {
            value <- attr(object, ".xData")
            if (is.null(value) && !NULL.for.none) 
                stop("Data part is undefined for general S4 object")
        }
        return(if (identical(value, .pseudoNULL)) NULL else value)
    }
    temp <- getClass(class(object))@slots
    if (length(temp) == 0L) 
        return(object)
    if (is.na(match(".Data", names(temp)))) {
        if (NULL.for.none) 
            return(NULL)
        else stop(gettextf("no '.Data' slot defined for class %s", dQuote(class(object))), domain = NA)
    }
    dataPart <- temp[[".Data"]]
    switch(dataPart, numeric = , vector = , integer = , character = , logical = , complex = , list = attributes(object) <- NULL, matrix = , array = {
        value <- object
        attributes(value) <- NULL
        attr(value, "dim") <- attr(object, "dim")
        attr(value, "dimnames") <- attr(object, "dimnames")
        object <- value
    }, ts = {
        value <- object
        attributes(value) <- NULL
        attr(value, "ts") <- attr(object, "ts")
        object <- value
    }, if (is.na(match(dataPart, .BasicClasses))) {
        attrVals <- attributes(object)
        attrs <- names(attrVals)
        attrs <- attrs[is.na(match(attrs, c("class", names(temp))))]
        attributes(object) <- attrVals[attrs]
    } else attributes(object) <- NULL)
    object
}
#@ closure exported getFunction
function (name, generic = TRUE, mustFind = TRUE, where = topenv(parent.frame())) 
{
    if (!nzchar(name)) 
        stop(gettextf("expected a non-empty character string for argument name"), domain = NA)
    found <- FALSE
    where <- as.environment(where)
    f <- NULL
    lastEnv <- if (isNamespace(where)) 
        function(where) isBaseNamespace(where)
    else function(where) identical(where, baseenv())
    repeat {
        if (!is.null(f <- get0(name, envir = where, mode = "function", inherits = FALSE))) 
            found <- generic || !is(f, "genericFunction")
        if (found || lastEnv(where)) 
            break
        where <- parent.env(where)
    }
    if (!found && mustFind) 
        stop(if (generic) 
            gettextf("no function %s found", sQuote(name))
        else gettextf("no non-generic function %s found", sQuote(name)), domain = NA)
    f
}
#@ closure exported getGeneric
function (f, mustFind = FALSE, where, package = "") 
{
    if (is.function(f)) {
        if (is(f, "genericFunction")) 
            return(f)
        else if (is.primitive(f)) 
            return(genericForBasic(.primname(f), mustFind = mustFind))
        else stop("argument 'f' must be a string, generic function, or primitive: got an ordinary function")
    }
    value <- if (missing(where)) 
        .getGeneric(f, , package)
    else .getGeneric(f, where, package)
    if (is.null(value) && !is.null(baseDef <- baseenv()[[f]])) {
        if (is.function(baseDef)) {
            value <- genericForBasic(f, mustFind = FALSE)
            if (is(value, "genericFunction")) 
                value <- .cacheGeneric(f, value)
        }
    }
    if (is.function(value)) 
        value
    else {
        if (nzchar(package) && is.na(match(package, c("methods", "base")))) {
            value <- tryCatch({
                ev <- getNamespace(package)
                .getGeneric(f, ev, package)
            }, error = function(e) NULL)
        }
        if (is.function(value)) 
            value
        else if (mustFind) 
            stop(gettextf("no generic function found for %s", sQuote(f)), domain = NA)
        else NULL
    }
}
#@ closure internal getGenericFromCall
function (call, methodEnv) 
{
    generic <- methodEnv$.Generic
    if (is.null(generic)) {
        fdef <- if (is.name(call[[1L]])) 
            getGeneric(as.character(call[[1L]]), mustFind = TRUE, where = methodEnv)
        else call[[1L]]
        generic <- environment(fdef)$.Generic
    }
    generic
}
#@ closure exported getGenerics
function (where, searchForm = FALSE) 
{
    if (missing(where)) {
        fdefs <- as.list(.genericTable, all.names = TRUE, sorted = TRUE)
        fnames <- mapply(function(nm, obj) {
            if (is.list(obj)) 
                names(obj)
            else nm
        }, names(fdefs), fdefs, SIMPLIFY = FALSE)
        packages <- lapply(fdefs, .packageForGeneric)
        new("ObjectsWithPackage", unlist(fnames), package = unlist(packages))
    }
    else {
        if (is.environment(where)) 
            where <- list(where)
        these <- unlist(lapply(where, objects, all.names = TRUE), use.names = FALSE)
        metaNameUndo(unique(these), prefix = "T", searchForm = searchForm)
    }
}
#@ closure exported getGroup
function (fdef, recursive = FALSE, where = topenv(parent.frame())) 
{
    if (is.character(fdef)) 
        fdef <- getGeneric(fdef, where = where)
    if (is(fdef, "genericFunction")) 
        group <- fdef@group
    else group <- list()
    if (recursive && length(group)) {
        allGroups <- group
        for (gp in group) {
            fgp <- getGeneric(gp, where = where)
            if (is(fgp, "groupGenericFunction")) 
                allGroups <- c(allGroups, Recall(fgp, TRUE, where))
        }
        if (length(allGroups) > 1L) {
            ids <- sapply(allGroups, function(x) {
                pkg <- packageSlot(x)
                if (is.null(pkg)) 
                  x
                else paste(x, pkg, sep = ":")
            })
            allGroups <- allGroups[!duplicated(ids)]
        }
        allGroups
    }
    else group
}
#@ closure exported getGroupMembers
function (group, recursive = FALSE, character = TRUE) 
{
    .recMembers <- function(members, where) {
        all = vector("list", length(members))
        for (i in seq_along(members)) {
            what <- members[[i]]
            f <- getGeneric(what, FALSE, where)
            if (!is.null(f)) 
                all[[i]] <- what
            if (is(f, "groupGenericFunction")) {
                newMem <- f@groupMembers
                all <- c(all, Recall(newMem, where))
            }
        }
        all
    }
    f <- getGeneric(group)
    if (is.null(f)) {
        warning(gettextf("%s is not a generic function (or not visible here)", sQuote(f)), domain = NA)
        return(character())
    }
    else if (!is(f, "groupGenericFunction")) 
        character()
    else {
        members <- f@groupMembers
        if (recursive) {
            where <- f@package
            if (identical(where, "base")) {
                where <- "methods"
                members <- .recMembers(members, .methodsNamespace)
            }
            else members <- .recMembers(members, .requirePackage(where))
        }
        if (character) 
            sapply(members, function(x) {
                if (is(x, "character")) 
                  x
                else if (is(x, "genericFunction")) 
                  x@generic
                else stop(gettextf("invalid element in the \"groupMembers\" slot (class %s)", dQuote(class(x))), domain = NA)
            })
        else members
    }
}
#@ closure exported getLoadActions
function (where = topenv(parent.frame())) 
{
    actionListName <- .actionMetaName("")
    if (!exists(actionListName, envir = where, inherits = FALSE)) 
        return(list())
    actions <- get(actionListName, envir = where)
    if (length(actions)) {
        allExists <- sapply(actions, function(what) exists(.actionMetaName(what), envir = where, inherits = FALSE))
        if (!all(allExists)) {
            warning(gettextf("some actions are missing: %s", paste(actions[!allExists], collapse = ", ")), domain = NA)
            actions <- actions[allExists]
        }
        allFuns <- lapply(actions, function(what) get(.actionMetaName(what), envir = where))
        names(allFuns) <- actions
        allFuns
    }
    else list()
}
#@ closure exported getMethod
function (f, signature = character(), where = topenv(parent.frame()), optional = FALSE, mlist, fdef) 
{
    if (!missing(where)) {
        env <- .NamespaceOrEnvironment(where)
        if (is.null(env)) 
            stop(gettextf("no environment or package corresponding to argument where=%s", deparse(where)), domain = NA)
        where <- env
    }
    if (missing(fdef)) {
        if (missing(where)) 
            fdef <- getGeneric(f, FALSE)
        else {
            fdef <- getGeneric(f, FALSE, where = where)
            if (is.null(fdef)) 
                fdef <- getGeneric(f, FALSE)
        }
    }
    if (!is(fdef, "genericFunction")) {
        if (optional) 
            return(NULL)
        if (!is.character(f)) 
            f <- deparse1(substitute(f))
        stop(gettextf("no generic function found for '%s'", f), domain = NA)
    }
    if (missing(mlist)) 
        mlist <- if (missing(where)) 
            getMethodsForDispatch(fdef)
        else .getMethodsTableMetaData(fdef, where, optional)
    if (is.environment(mlist)) {
        signature <- matchSignature(signature, fdef)
        value <- .findMethodInTable(signature, mlist, fdef)
        if (is.null(value) && !optional) {
            if (!is.character(f)) 
                f <- deparse1(substitute(f))
            stop(gettextf("no method found for function '%s' and signature %s", f, paste(signature, collapse = ", ")))
        }
        return(value)
    }
    else if (is.null(mlist)) 
        return(mlist)
    stop("defunct methods list search", domain = NA)
}
#@ closure exported getMethods
function (f, where = topenv(parent.frame()), table = FALSE) 
{
    if (!table) 
        .MlistDefunct("getMethods", "findMethods")
    nowhere <- missing(where)
    fdef <- getGeneric(f, where = where)
    f <- fdef@generic
    if (!is.null(fdef)) {
        if (table) 
            return(getMethodsForDispatch(fdef, TRUE))
    }
}
#@ closure internal getMethodsAndAccessors
function (Class) 
{
    def <- getClass(Class)
    if (!is(def, "refClassRepresentation")) 
        stop(gettextf("%s is not a reference class", dQuote(def@className)))
    ff <- def@fieldPrototypes
    accs <- vapply(ff, function(what) is(what, "activeBindingFunction") && !is(what, "defaultBindingFunction"), NA)
    c(as.list(def@refMethods), as.list(ff)[accs])
}
#@ closure exported getMethodsForDispatch
function (fdef, inherited = FALSE) 
{
    .getMethodsTable(fdef, environment(fdef), inherited = inherited)
}
#@ closure exported getMethodsMetaData
function (f, where = topenv(parent.frame())) 
{
    fdef <- getGeneric(f, where = where)
    if (is.null(fdef)) 
        return(NULL)
    if (.noMlists()) {
        warning(sprintf("Methods list objects are not maintained in this version of R:  request for function %s may return incorrect information", sQuote(fdef@generic)), domain = NA)
    }
    mname <- methodsPackageMetaName("M", fdef@generic, fdef@package)
    if (exists(mname, where = where, inherits = missing(where))) 
        get(mname, where)
    else if (missing(where)) 
        .makeMlistFromTable(fdef)
    else .makeMlistFromTable(fdef, where)
}
#@ closure exported getPackageName
function (where = topenv(parent.frame()), create = TRUE) 
{
    env <- as.environment(where)
    pkg <- get0(".packageName", env, inherits = FALSE)
    saved <- !is.null(pkg)
    if (saved) {
        return(pkg)
    }
    else {
        pkg <- if (identical(where, 1) || identical(env, topenv(parent.frame()))) 
            Sys.getenv("R_PACKAGE_NAME")
        else ""
    }
    envName <- environmentName(env)
    if (nzchar(envName) && regexpr("package:", envName, fixed = TRUE) == 1L) 
        pkg <- .rmpkg(envName)
    if (!nzchar(pkg)) {
        if (identical(env, .GlobalEnv)) 
            pkg <- ".GlobalEnv"
        else if (identical(env, .BaseNamespaceEnv)) 
            pkg <- "base"
        else {
            if (is.numeric(where)) 
                pkg <- search()[[where]]
            else if (is.environment(where)) {
                for (db in search()) if (identical(as.environment(db), where)) {
                  pkg <- db
                  break
                }
            }
            else if (nzchar(envName)) 
                pkg <- envName
            else pkg <- as.character(where)
            pkg <- .rmpkg(pkg)
        }
    }
    if (!nzchar(pkg)) {
        top <- topenv(env)
        if (!identical(top, env)) {
            pkg <- getPackageName(top, create = create)
        }
    }
    if (!nzchar(pkg) && create) {
        pkg <- as.character(Sys.time())
        warning(gettextf("Created a package name, %s, when none found", sQuote(pkg)), domain = NA)
        if (!saved && !environmentIsLocked(env)) 
            setPackageName(pkg, env)
    }
    pkg
}
#@ closure exported getRefClass
function (Class, where = topenv(parent.frame())) 
{
    if (is(Class, "refClassRepresentation")) {
        classDef <- Class
        Class <- classDef@className
    }
    else if (is.character(Class)) {
        classDef <- getClass(Class, where = where)
        if (!is(classDef, "refClassRepresentation")) 
            stop(gettextf("class %s is defined but is not a reference class", dQuote(Class)), domain = NA)
    }
    else stop(gettextf("class must be a reference class representation or a character string; got an object of class %s", dQuote(class(Class))), domain = NA)
    generator <- new("refGeneratorSlot")
    env <- as.environment(generator)
    env$className <- Class
    env$def <- classDef
    classFun <- classGeneratorFunction(Class, where)
    classFun@package <- classDef@package
    new("refObjectGenerator", classFun, generator = generator)
}
#@ closure internal getRefSuperClasses
function (classes, classDefs) 
{
    supers <- character()
    for (i in seq_along(classes)) {
        clDef <- classDefs[[i]]
        supers <- c(supers, clDef@refSuperClasses)
    }
    unique(supers)
}
#@ closure exported getSlots
function (x) 
{
    classDef <- if (isClassDef(x)) 
        x
    else getClass(x)
    props <- classDef@slots
    value <- as.character(props)
    names(value) <- names(props)
    value
}
#@ closure exported getValidity
function (ClassDef) 
{
    ClassDef@validity
}
#@ closure exported hasArg
function (name) 
{
    aname <- as.character(substitute(name))
    fnames <- names(formals(sys.function(sys.parent())))
    if (is.na(match(aname, fnames))) {
        if (is.na(match("...", fnames))) 
            FALSE
        else {
            dotsCall <- eval(quote(substitute(list(...))), sys.parent())
            !is.na(match(aname, names(dotsCall)))
        }
    }
    else eval(substitute(!missing(name)), sys.frame(sys.parent()))
}
#@ closure exported hasLoadAction
function (aname, where = topenv(parent.frame())) 
exists(.actionMetaName(aname), envir = where, inherits = FALSE)
#@ closure exported hasMethod
function (f, signature = character(), where = .genEnv(f, topenv(parent.frame()))) 
{
    fdef <- getGeneric(f, where = where)
    if (is.null(fdef)) 
        FALSE
    else !is.null(selectMethod(f, signature, optional = TRUE, fdef = fdef))
}
#@ closure exported hasMethods
function (f, where, package = "") 
{
    fdef <- NULL
    nowhere <- missing(where)
    if (is(f, "genericFunction")) {
        fdef <- f
        f <- fdef@generic
        if (missing(package)) 
            package <- fdef@package
    }
    else if (!.isSingleString(f)) 
        stop(gettextf("argument 'f' must be a generic function or %s", .notSingleString(f)), domain = NA)
    else if (missing(package)) {
        package <- packageSlot(f)
        if (is.null(package)) {
            if (missing(where)) 
                fdef <- getGeneric(f)
            else {
                fdef <- getGeneric(f, where = where)
                if (is.null(fdef)) 
                  fdef <- getGeneric(f)
            }
            if (is(fdef, "genericFunction")) 
                package <- fdef@package
            else stop(gettextf("'%s' is not a known generic function {and 'package' not specified}", f), domain = NA)
        }
    }
    what <- .TableMetaName(f, package)
    testEv <- function(ev) exists(what, envir = ev, inherits = FALSE) && length(names(get(what, envir = ev))) > 0L
    if (nowhere) {
        for (i in seq_along(search())) {
            if (testEv(as.environment(i))) 
                return(TRUE)
        }
        return(FALSE)
    }
    else testEv(as.environment(where))
}
#@ closure exported implicitGeneric
function (name, where = topenv(parent.frame()), generic = getGeneric(name, where = where)) 
{
    if (!nzchar(name)) 
        stop(gettextf("expected a non-empty character string for argument name"), domain = NA)
    if (!missing(generic) && is(generic, "genericFunction") && !.identC(name, generic@generic)) 
        stop(gettextf("generic function supplied was not created for %s", sQuote(name)), domain = NA)
    createGeneric <- (missing(generic) || !is(generic, "genericFunction")) && !isGeneric(name, where)
    if (createGeneric) {
        fdefault <- getFunction(name, where = where, mustFind = FALSE)
        if (is.null(fdefault)) 
            return(NULL)
        env <- environment(fdefault)
        fdefault <- .derivedDefaultMethod(fdefault)
        if (isBaseFun(fdefault)) {
            value <- genericForBasic(name)
            if (is.function(value)) {
                if (!missing(generic) && !identical(value, generic)) 
                  stop(gettextf("%s is a primitive function; its generic form cannot be redefined", sQuote(name)), domain = NA)
                generic <- value
                fdefault <- generic@default
            }
            package <- "base"
        }
        else package <- getPackageName(env)
        group <- .getImplicitGroup(name, if (identical(package, "base")) 
            .methodsNamespace
        else environment(fdefault))
        if (missing(generic)) {
            generic <- .getImplicitGeneric(name, env, package)
            if (is.null(generic)) {
                generic <- makeGeneric(name, fdefault = fdefault, package = package, group = group)
                .cacheImplicitGeneric(name, generic)
            }
        }
        else {
            generic <- makeGeneric(name, generic, fdefault, package = package, group = group)
            .cacheImplicitGeneric(name, generic)
        }
    }
    generic
}
#@ closure internal inBasicFuns
function (f) 
{
    fun <- .BasicFunsList[[f]]
    !is.null(fun) && !identical(fun, FALSE)
}
#@ closure internal inferProperties
function (props, what) 
{
    .validPropNames <- function(propNames) {
        n <- length(props)
        if (!n) 
            return(character())
        else if (is.null(propNames)) 
            stop(gettextf("No %s names supplied", what), domain = NA, call. = FALSE)
        else if (!all(nzchar(propNames))) 
            stop(gettextf("All %s names must be nonempty in:\n(%s)", what, paste(sQuote(propNames), collapse = ", ")), domain = NA, call. = FALSE)
        else if (any(duplicated(propNames))) 
            stop(gettextf("All %s names must be distinct in:\n(%s)", what, paste(sQuote(propNames), collapse = ", ")), domain = NA, call. = FALSE)
        propNames
    }
    if (is.character(props)) {
        propNames <- names(props)
        if (is.null(propNames)) {
            propNames <- .validPropNames(props)
            props <- as.list(rep("ANY", length(props)))
            names(props) <- propNames
        }
        else {
            .validPropNames(propNames)
            props <- as.list(props)
        }
    }
    else if (is.list(props)) {
        if (length(props) > 0) 
            .validPropNames(names(props))
    }
    else stop(gettextf("argument %s must be a list or a character vector; got an object of class %s", dQuote(what), dQuote(class(fields))), domain = NA)
    props
}
#@ closure exported inheritedSlotNames
function (Class, where = topenv(parent.frame())) 
{
    ext <- if (isClassDef(Class)) 
        Class@contains
    else if (isClass(Class, where = where)) 
        getClass(Class, where = where)@contains
    supcl <- .selectSuperClasses(ext, namesOnly = FALSE)
    supdefs <- lapply(supcl, function(s) {
        getClassDef(s@superClass, package = packageSlot(s))
    })
    unique(unlist(lapply(supdefs, slotNames), use.names = FALSE))
}
#@ closure internal inheritedSubMethodLists
function (object, thisClass, mlist, ev) 
{
    .MlistDeprecated("inheritedSubMethodLists()")
    methods <- slot(mlist, "methods")
    defaultMethod <- methods[["ANY"]]
    classes <- names(methods)
    value <- list()
    if (.identC(thisClass, "missing")) {
    }
    else {
        classDef <- getClassDef(thisClass, ev)
        useSuperClasses <- !is.null(classDef) && !classDef@sealed
        if (useSuperClasses) {
            superClasses <- names(classDef@contains)
            classes <- superClasses[!is.na(match(superClasses, classes))]
            for (which in seq_along(classes)) {
                tryClass <- classes[[which]]
                if (is.null(object) || is(object, tryClass)) {
                  value[[tryClass]] <- methods[[tryClass]]
                }
            }
        }
        else {
            for (which in seq_along(classes)) {
                tryClass <- classes[[which]]
                tryClassDef <- getClassDef(tryClass, ev)
                if (!is.null(tryClassDef) && !is.na(match(thisClass, names(tryClassDef@subclasses)))) 
                  value[[tryClass]] <- methods[[which]]
            }
        }
    }
    if (!is.null(defaultMethod)) 
        value[["ANY"]] <- defaultMethod
    value
}
#@ closure exported initFieldArgs
function (.Object, classDef, selfEnv, ...) 
initRefFields(.Object, classDef, selfEnv, list(...))
#@ opaque exported initialize environment:other
#@ closure internal initMethodDispatch
function (where = topenv(parent.frame())) 
.Call(C_R_initMethodDispatch, as.environment(where))
#@ closure exported initRefFields
function (.Object, classDef, selfEnv, args) 
{
    if (length(args)) {
        snames <- allNames(args)
        which <- nzchar(snames)
        elements <- args[which]
        supers <- args[!which]
        elNames <- names(elements)
        for (super in supers) {
            if (!is(super, "refClass")) {
                warning(gettextf("unnamed arguments to $new() must be objects from a reference class; got an object of class %s", dQuote(class(super))), domain = NA)
                next
            }
            fields <- names(super$.refClassDef@fieldClasses)
            fields <- fields[is.na(match(fields, elNames))]
            for (field in fields) elements[[field]] <- super$field(field)
            elNames <- names(elements)
        }
        for (field in elNames) envRefSetField(.Object, field, classDef, selfEnv, elements[[field]])
    }
    .Object
}
#@ closure exported insertClassMethods
function (methods, Class, value, fieldNames, returnAll) 
{
    theseMethods <- names(value)
    prevMethods <- names(methods)
    allMethods <- unique(c(theseMethods, prevMethods))
    returnMethods <- if (returnAll) 
        methods
    else value
    check <- TRUE
    for (method in theseMethods) {
        prevMethod <- methods[[method]]
        if (is.null(prevMethod)) {
            superClassMethod <- if (identical(method, "initialize")) 
                "initFields"
            else ""
        }
        else if (identical(prevMethod@refClassName, Class)) 
            superClassMethod <- prevMethod@superClassMethod
        else {
            superClassMethod <- superClassMethodName(prevMethod)
            returnMethods[[superClassMethod]] <- prevMethod
        }
        def <- makeClassMethod(value[[method]], method, Class, superClassMethod, allMethods)
        check <- check && .checkFieldsInMethod(def, fieldNames, allMethods)
        returnMethods[[method]] <- def
    }
    if (is.na(check) && .methodsIsLoaded()) 
        message(gettextf("code for methods in class %s was not checked for suspicious field assignments (recommended package %s not available?)", dQuote(Class), sQuote("codetools")), domain = NA)
    returnMethods
}
#@ closure internal insertFields<-
function (fieldList, value) 
{
    newNames <- names(value)
    hasFields <- match(newNames, names(fieldList), 0) > 0
    if (any(hasFields)) {
        for (field in newNames[hasFields]) if (is.na(match(fieldList[[field]], c(extends(value[[field]]), "ANY")))) 
            stop(gettextf("the overriding class (\"%s\") of field %s is not a subclass of the existing field definition (\"%s\")", value[[field]], sQuote(field), fieldList[[field]]), domain = NA)
    }
    fieldList[newNames] <- value
    fieldList
}
#@ closure exported insertMethod
function (mlist, signature, args, def, cacheOnly = FALSE) 
{
    .MlistDeprecated("insertMethod()")
    if (.noMlists() && !identical(unique(signature), "ANY")) 
        return(mlist)
    if (identical(args[1L], "...") && !identical(names(signature), "...")) {
        if (identical(signature[[1L]], "ANY")) 
            stop(gettextf("inserting method with invalid signature matching argument '...' to class %s", dQuote(signature[[1L]])), domain = NA)
        args <- args[-1L]
        signature <- signature[-1L]
        if (length(signature) == 0L) 
            return(mlist)
    }
    if (length(signature) == 0L) 
        stop("inserting method corresponding to empty signature")
    if (!is(mlist, "MethodsList")) 
        stop(gettextf("inserting method into non-methods-list object (class %s)", dQuote(.class1(mlist))), domain = NA)
    if (length(args) > 1 && !cacheOnly) 
        mlist <- balanceMethodsList(mlist, args)
    Class <- signature[[1]]
    methods <- if (cacheOnly) 
        mlist@allMethods
    else mlist@methods
    current <- methods[[Class]]
    if (is(current, "MethodsList")) {
        nextArg <- as.character(current@argument)
        sigArgs <- args
        n <- length(signature)
        length(sigArgs) <- n
        if (is.na(match(nextArg, sigArgs))) {
            n <- match(nextArg, args) - n
            if (is.na(n)) {
                n <- 1
                args <- c(args, nextArg)
            }
            signature <- c(signature, rep("ANY", n))
        }
    }
    if (length(signature) == 1) {
        if (is.null(current)) {
            if (!is.null(def)) 
                methods[[Class]] <- def
        }
        else {
            which <- match(Class, names(methods))
            if (is.null(def)) 
                methods <- methods[-which]
            else methods[[which]] <- def
        }
    }
    else {
        if (is.null(current)) 
            current <- new("MethodsList", argument = as.name(args[2L]))
        else if (is.function(current)) 
            current <- new("MethodsList", argument = as.name(args[2L]), methods = list(ANY = current))
        methods[[Class]] <- Recall(current, signature[-1L], args[-1L], def, cacheOnly)
    }
    mlist@allMethods <- methods
    if (!cacheOnly) 
        mlist@methods <- methods
    mlist
}
#@ closure internal insertMethodInEmptyList
function (mlist, def) 
{
    .MlistDeprecated("insertMethodInEmptyList()")
    value <- new("MethodsList", argument = mlist@argument)
    sublist <- mlist@sublist
    submethods <- sublist[[1L]]
    if (is.null(submethods)) 
        sublist[[1L]] <- def
    else sublist[[1L]] <- Recall(submethods, def)
    value@allMethods <- sublist
    value
}
#@ closure exported insertSource
function (source, package = "", functions = allPlainObjects(), methods = (if (missing(functions)) allMethodTables() else NULL), force = missing(functions) & missing(methods)) 
{
    MPattern <- .TableMetaPattern()
    CPattern <- .ClassMetaPattern()
    allPlainObjects <- function() allObjects[!(grepl(MPattern, allObjects) | grepl(CPattern, allObjects) | ".cacheOnAssign" == allObjects)]
    allMethodTables <- function() allObjects[grepl(MPattern, allObjects)]
    differs <- function(f1, f2) !(identical(body(f1), body(f2)) && identical(args(f1), args(f2)))
    if (is.environment(source) && !nzchar(package)) {
        if (is(source, "sourceEnvironment")) 
            package <- source@packageName
        else if (exists(".packageName", envir = source, inherits = FALSE)) 
            package <- get(".packageName", envir = source)
    }
    if (is(source, "environment")) 
        env <- source
    else env <- evalSource(source, package, FALSE)
    envPackage <- getPackageName(env, FALSE)
    envp <- parent.env(env)
    if (identical(envp, .GlobalEnv) || !nzchar(envPackage)) {
        if (!nzchar(package)) 
            package <- .guessPackageName(env)
        if (identical(package, ".GlobalEnv")) 
            envns <- NULL
        else {
            pname <- paste0("package:", package)
            envp <- tryCatch(as.environment(pname), error = function(cond) NULL)
            if (is.null(envp)) {
                envp <- tryCatch(as.environment(pname), error = function(cond) NULL)
                if (is.null(envp)) 
                  stop(gettextf("cannot find an environment corresponding to package name '%s\"", package), domain = NA)
            }
            envns <- tryCatch(asNamespace(package), error = function(cond) NULL)
        }
        if (nzchar(package)) 
            assign(".packageName", package, envir = env)
    }
    else {
        if (isNamespace(envp)) 
            envns <- envp
        else envns <- tryCatch(asNamespace(package), error = function(cond) NULL)
    }
    if (nzchar(envPackage) && envPackage != package) 
        warning(gettextf("supplied package, %s, differs from package inferred from source, %s", sQuote(package), sQuote(envPackage)), domain = NA)
    packageSlot(env) <- package
    allObjects <- names(env)
    if (!missing(functions)) {
        notThere <- is.na(match(functions, allObjects))
        if (any(notThere)) {
            warning(gettextf("cannot insert these (not found in source): %s", paste0("\"", functions[notThere], "\"", collapse = ", ")), domain = NA)
        }
    }
    .mnames <- allMethodTables()
    if (length(methods) > 0) {
        notThere <- vapply(methods, function(fname) length(grep(fname, .mnames, fixed = TRUE)) == 0, NA)
        if (any(notThere)) {
            warning(gettextf("cannot insert methods for these functions (methods table not found in source): %s", paste0("\"", methods[notThere], "\"", collapse = ", ")), domain = NA)
            methods <- methods[!notThere]
        }
        methodNames <- vapply(methods, function(fname) .mnames[[grep(fname, .mnames, fixed = TRUE)[[1]]]], "")
    }
    else {
        methodNames <- .mnames
        methods <- sub(.TableMetaPrefix(), "", methodNames)
        methods <- sub(":.*", "", methods)
    }
    notTraceable <- newObjects <- objectsDone <- character()
    for (i in seq_along(functions)) {
        this <- functions[[i]]
        thisWhere <- NULL
        if (is.null(envns) || exists(this, envir = envp, inherits = FALSE)) {
            envwhere <- envp
            thisWhere <- get(this, envir = envp)
        }
        else {
            envwhere <- envns
            if (is.environment(envns) && exists(this, envir = envns, inherits = FALSE)) 
                thisWhere <- get(this, envir = envns)
        }
        thisObj <- get(this, envir = env)
        if (is.function(thisObj) && is.function(thisWhere) && differs(thisObj, thisWhere)) {
            suppressMessages(.TraceWithMethods(this, where = envwhere, edit = env))
            objectsDone <- c(objectsDone, this)
        }
        else if (force) 
            assign(this, thisObj, envir = envwhere)
        else if (!is.function(thisObj)) 
            notTraceable <- c(notTraceable, this)
        else if (is.null(thisWhere)) 
            newObjects <- c(newObjects, this)
    }
    if (length(notTraceable) > 0) 
        message(gettextf("Non-function objects are not currently inserted (not traceable): %s", paste(notTraceable, collapse = ", ")), domain = NA)
    if (length(newObjects) > 0) 
        message(gettextf("New functions are not currently inserted (not untraceable): %s", paste(newObjects, collapse = ", ")), domain = NA)
    if (length(objectsDone) > 0) 
        message(gettextf("Modified functions inserted through trace(): %s", paste(objectsDone, collapse = ", ")), domain = NA)
    for (i in seq_along(methods)) {
        .copyMethods(methods[[i]], methodNames[[i]], env, envp)
    }
    if (!is.environment(source)) {
        lockEnvironment(env, bindings = TRUE)
        invisible(env)
    }
    else invisible(source)
}
#@ closure internal installClassMethod
function (def, self, me, selfEnv, thisClass) 
{
    if (is(def, "externalMethodDef") || !is(def, "refMethodDef")) {
        assign(me, def, envir = thisClass@refMethods)
        return(def)
    }
    depends <- def@mayCall
    environment(def) <- selfEnv
    assign(me, def, envir = selfEnv)
    done <- names(selfEnv)
    notDone <- setdiff(depends, done)
    superCase <- match("callSuper", notDone, 0)
    if (superCase > 0) {
        if (nzchar(def@superClassMethod)) 
            notDone[[superCase]] <- def@superClassMethod
        else stop(gettextf("a call to superClass() is in the method %s but there is no superclass definition of this method for class %s", sQuote(me), dQuote(thisClass@className)), domain = NA)
    }
    for (what in notDone) installClassMethod(get(what, envir = thisClass@refMethods), self, what, selfEnv, thisClass)
    if (superCase > 0) {
        newEnv <- new.env(FALSE, parent = selfEnv)
        assign("callSuper", get(def@superClassMethod, envir = selfEnv), envir = newEnv)
        environment(def) <- newEnv
        assign(me, def, envir = selfEnv)
    }
    def
}
#@ closure exported is
function (object, class2) 
{
    class1 <- class(object)
    S3Case <- length(class1) > 1L
    if (S3Case) 
        class1 <- class1[[1L]]
    if (missing(class2)) 
        return(extends(class1))
    stopifnot(length(class2) == 1L)
    class1Def <- getClassDef(class1)
    class2Def <- NULL
    if (!is.character(class2)) {
        class2Def <- class2
        class2 <- class2Def@className
    }
    if (is.null(class1Def)) 
        return(inherits(object, class2))
    if (is.null(class2Def)) {
        class2Def <- getClassDef(class2, .classDefEnv(class1Def), if (!is.null(package <- packageSlot(class2))) 
            package
        else getPackageName(topenv(parent.frame())))
    }
    S3Case <- S3Case || (is.object(object) && !isS4(object))
    S3Case <- S3Case && (is.null(class2Def) || class2 %in% .BasicClasses || extends(class2Def, "oldClass"))
    if (S3Case) 
        inherits(object, class2)
    else if (.identC(class1, class2) || .identC(class2, "ANY")) 
        TRUE
    else {
        if (!is.null(contained <- class1Def@contains[[class2]])) 
            contained@simple || contained@test(object)
        else if (is.null(class2Def)) 
            FALSE
        else if (!.identC(class(class2Def), "classRepresentation") && isClassUnion(class2Def)) 
            any(c(class1, names(class1Def@contains)) %in% names(class2Def@subclasses))
        else {
            ext <- class2Def@subclasses[[class1]]
            !is.null(ext) && (ext@simple || ext@test(object))
        }
    }
}
#@ closure internal isBaseFun
function (fun) 
{
    is.primitive(fun) || identical(environment(fun), .BaseNamespaceEnv)
}
#@ closure exported isClass
function (Class, formal = TRUE, where = topenv(parent.frame())) 
!is.null(getClassDef(Class, where))
#@ closure exported isClassDef
function (object) 
is(object, "classRepresentation")
#@ closure exported isClassUnion
function (Class) 
{
    if (is.character(Class)) 
        Class <- getClass(Class, TRUE)
    extends(class(Class), "ClassUnionRepresentation")
}
#@ closure exported isGeneric
function (f, where = topenv(parent.frame()), fdef = NULL, getName = FALSE) 
{
    if (is.null(fdef) && missing(where)) {
        fdef <- .getGenericFromCache(f, where)
        if (!is.null(fdef)) 
            return(if (getName) fdef@generic else TRUE)
    }
    if (is.null(fdef)) 
        fdef <- getFunction(f, where = where, mustFind = FALSE)
    if (is.null(fdef)) 
        return(FALSE)
    if (isBaseFun(fdef)) {
        if (is.character(f) && f %in% "as.double") 
            f <- "as.numeric"
        gen <- genericForBasic(f, mustFind = FALSE)
        return(is.function(gen) && length(names(.getMethodsTable(gen))) > 1L)
    }
    if (!is(fdef, "genericFunction")) 
        return(FALSE)
    gen <- fdef@generic
    if (missing(f) || .identC(gen, f)) {
        if (getName) 
            gen
        else TRUE
    }
    else {
        warning(gettextf("fdef appears to be a generic function, but with generic name %s instead of %s", sQuote(gen), sQuote(f)), domain = NA)
        FALSE
    }
}
#@ closure exported isGrammarSymbol
function (symbol) 
{
    if (typeof(symbol) != "symbol") 
        FALSE
    else switch(as.character(symbol), `{` = , `if` = , `for` = , `while` = , `repeat` = , return = , `next` = , `break` = , `<-` = , `<<-` = TRUE, FALSE)
}
#@ closure exported isGroup
function (f, where = topenv(parent.frame()), fdef = getGeneric(f, where = where)) 
{
    is(fdef, "groupGenericFunction")
}
#@ closure internal isMixin
function (classDef) 
{
    val <- 0
    cc <- classDef@contains
    for (cl in cc) {
        if (cl@distance > 1 || val > 1) 
            break
        val <- val + 1
    }
    val > 1
}
#@ closure exported isRematched
function (definition) 
{
    bdy <- body(definition)
    if (.identC(class(bdy), "{") && length(bdy) > 1L) {
        bdy <- bdy[[2L]]
        .identC(class(bdy), "<-") && identical(bdy[[2L]], as.name(".local"))
    }
    else FALSE
}
#@ closure internal isS3Generic
function (fdef) 
{
    switch(typeof(fdef), special = FALSE, builtin = TRUE, "UseMethod" %in% .getGlobalFuns(fdef))
}
#@ closure exported isSealedClass
function (Class, where = topenv(parent.frame())) 
{
    if (is.character(Class)) 
        Class <- getClass(Class, TRUE, where)
    if (!is(Class, "classRepresentation")) 
        FALSE
    else Class@sealed
}
#@ closure exported isSealedMethod
function (f, signature, fdef = getGeneric(f, FALSE, where = where), where = topenv(parent.frame())) 
{
    fGen <- getFunction(f, TRUE, FALSE, where = where)
    if (!is.primitive(fGen)) {
        mdef <- getMethod(f, signature, optional = TRUE, where = where, fdef = fGen)
        return(is(mdef, "SealedMethodDefinition"))
    }
    if (is(fdef, "genericFunction")) 
        signature <- matchSignature(signature, fdef)
    if (length(signature) == 0L) 
        TRUE
    else if (f %in% .subsetFuns) 
        !anyNA(match(signature, .BasicClasses))
    else {
        sealed <- !is.na(match(signature[[1L]], .BasicClasses))
        if (sealed && (!is.na(match("Ops", c(f, getGroup(f, TRUE)))) || !is.na(match(f, c("%*%", "crossprod"))))) 
            sealed <- sealed && (length(signature) > 1L) && !is.na(match(signature[[2L]], .BasicClasses))
        sealed
    }
}
#@ closure exported isVirtualClass
function (Class, where = topenv(parent.frame())) 
{
    if (isClassDef(Class)) 
        Class@virtual
    else if (isClass(Class, where = where)) 
        getClass(Class, where = where)@virtual
    else TRUE
}
#@ closure exported isXS3Class
function (classDef) 
{
    ".S3Class" %in% names(classDef@slots)
}
#@ opaque exported kronecker environment:other
#@ closure exported languageEl
function (object, which) 
{
    data <- as.list(object)
    if (is.character(which)) 
        data[[which]]
    else if (typeof(object) == "language") {
        if (isGrammarSymbol(data[[1L]])) 
            data[[which + 1]]
        else data[[which]]
    }
    else data[[which]]
}
#@ closure exported languageEl<-
function (object, which, value) 
{
    data <- as.list(object)
    n <- length(data)
    type <- typeof(object)
    if (type == "closure") {
        ev <- environment(object)
        if (is.character(which)) {
            if (is.na(match(which, names(data)))) {
                body <- data[[n]]
                data <- data[-n]
                data[[which]] <- value
                data[[n + 1]] <- body
            }
            else data[[which]] <- value
        }
        else {
            if (which < 1 || which > n) 
                stop("invalid index for function argument")
            data[[which]] <- value
        }
        object <- as.function(data)
        environment(object) <- ev
        object
    }
    else if (type == "language") {
        if (is.character(which)) 
            data[[which]] <- value
        else if (isGrammarSymbol(data[[1L]])) 
            data[[which + 1]] <- value
        else {
            if (identical(which, 1) && is.character(value)) 
                value <- as.symbol(value)
            data[[which]] <- value
        }
        as.call(data)
    }
    else {
        object[[which]] <- value
        object
    }
}
#@ closure exported linearizeMlist
function (mlist, inherited = TRUE) 
{
    methods <- mlist@methods
    allMethods <- mlist@allMethods
    if (inherited && length(allMethods) >= length(methods)) {
        methods <- allMethods
    }
    preC <- function(y, x) c(x, y)
    cnames <- names(methods)
    value <- list()
    classes <- list()
    arguments <- list()
    argname <- as.character(mlist@argument)
    for (i in seq_along(cnames)) {
        mi <- methods[[i]]
        if (is.function(mi)) {
            value <- c(value, list(mi))
            classes <- c(classes, list(cnames[[i]]))
            arguments <- c(arguments, list(argname))
        }
        else if (is(mi, "MethodsList")) {
            .MlistDeprecated()
            mi <- Recall(mi, inherited)
            value <- c(value, mi@methods)
            classes <- c(classes, lapply(mi@classes, preC, cnames[[i]]))
            arguments <- c(arguments, lapply(mi@arguments, preC, argname))
        }
        else warning(gettextf("skipping methods list element %s of unexpected class %s\n\n", paste(cnames[i], collapse = ", "), dQuote(.class1(mi))), domain = NA)
    }
    new("LinearMethodsList", methods = value, classes = classes, arguments = arguments)
}
#@ closure exported listFromMethods
function (generic, where, table) 
{
    fdef <- getGeneric(generic)
    if (missing(table)) 
        table <- if (missing(where)) 
            .getMethodsTable(fdef)
        else get(.TableMetaName(fdef@generic, fdef@package), envir = as.environment(where), inherits = FALSE)
    fev <- environment(fdef)
    nSigArgs <- .getGenericSigLength(fdef, fev)
    methods <- as.list(table, all.names = TRUE)
    names <- names(methods)
    if (nSigArgs > 1) {
        n <- length(names)
        sigs <- vector("list", n)
        namesCon <- textConnection(names)
        for (i in seq_len(n)) sigs[[i]] <- scan(namesCon, "", sep = "#", nmax = nSigArgs, quiet = TRUE)
    }
    else sigs <- as.list(names)
    new("LinearMethodsList", classes = sigs, methods = methods, arguments = .getGenericSigArgs(fdef, fev), generic = fdef)
}
#@ closure exported listFromMlist
function (mlist, prefix = list(), sigs. = TRUE, methods. = TRUE) 
{
    methodSlot <- slot(mlist, "methods")
    mnames <- names(methodSlot)
    argName <- as.character(slot(mlist, "argument"))
    sigs <- list()
    methods <- list()
    for (i in seq_along(methodSlot)) {
        thisMethod <- methodSlot[i]
        thisClass <- mnames[[i]]
        prefix[[argName]] <- thisClass
        if (is.function(thisMethod)) {
            if (sigs.) 
                sigs <- c(sigs, list(prefix))
            if (methods.) 
                methods <- c(methods, list(thisMethod))
        }
        else {
            more <- Recall(thisMethod, prefix)
            if (sigs.) 
                sigs <- c(sigs, more[[1]])
            if (methods.) 
                methods <- c(methods, more[[2]])
        }
    }
    list(sigs, methods)
}
#@ opaque exported loadMethod environment:other
#@ opaque exported Logic environment:other
#@ closure internal makeClassMethod
function (def, name, Class, superClassMethod = "", allMethods) 
{
    if (identical(formalArgs(def)[[1]], ".self")) 
        def <- externalRefMethod(def)
    if (is(def, "externalRefMethod")) {
        def@name <- name
        def@refClassName <- Class
        def@superClassMethod <- superClassMethod
        return(def)
    }
    depends <- .getGlobalFuns(def)
    if ("usingMethods" %in% depends) {
        declared <- .declaredMethods(def)
        if (length(declared) && any(!declared %in% allMethods)) 
            warning(gettextf("methods declared in usingMethods() but not found: %s", paste0(declared[!declared %in% allMethods], collapse = ", ")))
        depends <- c(declared, depends)
    }
    depends <- depends[match(depends, allMethods, 0) > 0]
    new("refMethodDef", def, mayCall = depends, name = name, refClassName = Class, superClassMethod = superClassMethod)
}
#@ closure exported makeClassRepresentation
function (name, slots = list(), superClasses = character(), prototype = NULL, package, validity = NULL, access = list(), version = .newExternalptr(), sealed = FALSE, virtual = NA, where) 
{
    if (any(superClasses %in% .AbnormalTypes)) 
        superClasses <- .addAbnormalDataType(superClasses)
    if (!is.null(prototype) || length(slots) || length(superClasses)) {
        pp <- reconcilePropertiesAndPrototype(name, slots, prototype, superClasses, where)
        slots <- pp$properties
        prototype <- pp$prototype
    }
    contains <- list()
    if (nzchar(package)) 
        packageSlot(name) <- package
    for (what in superClasses) {
        whatClassDef <- if (is(what, "classRepresentation")) 
            what
        else if (is.null(packageSlot(what))) 
            getClass(what, where = where)
        else getClass(what)
        what <- whatClassDef@className
        contains[[what]] <- makeExtends(name, slots = slots, classDef2 = whatClassDef, package = package)
    }
    validity <- .makeValidityMethod(name, validity)
    if (is.na(virtual)) {
        virtual <- testVirtual(slots, contains, prototype, where)
        if (virtual && !is.na(match("VIRTUAL", superClasses))) 
            contains[["VIRTUAL"]] <- NULL
    }
    if (!is.null(prototype) && is.na(match(name, .BasicClasses))) 
        prototype <- .asS4(prototype)
    if (".S3Class" %in% names(slots)) 
        prototype <- .addS3Class(name, prototype, contains, where)
    newClassRepresentation(className = name, slots = slots, contains = contains, prototype = prototype, virtual = virtual, validity = validity, access = access, package = package, versionKey = version, sealed = sealed)
}
#@ closure internal makeEnvRefMethods
function () 
{
    methods <- .envRefMethods
    allMethods <- names(methods)
    for (method in allMethods) {
        methods[[method]] <- makeClassMethod(methods[[method]], method, "envRefClass", "", allMethods)
    }
    methods$.objectParent <- .methodsNamespace
    methods$.objectPackage <- "methods"
    methods
}
#@ closure exported makeExtends
function (Class, coerce = NULL, test = NULL, replace = NULL, by = character(), package, slots = getSlots(classDef1), classDef1 = getClass(Class), classDef2) 
{
    dataEquiv <- function(cl1, cl2) {
        .identC(cl1, cl2) || (extends(cl1, cl2) && !any(is.na(match(c(cl1, cl2), .BasicClasses))))
    }
    packageEnv <- .requirePackage(package)
    class1Defined <- missing(slots)
    if (class1Defined) {
        Class <- classDef1@className
        packageSlot(Class) <- packageSlot(classDef1)
    }
    to <- classDef2@className
    packageSlot(to) <- packageSlot(classDef2)
    simple <- is.null(coerce) && is.null(test) && is.null(replace) && (length(by) == 0)
    distance <- 1
    dataPartClass <- elNamed(slots, ".Data")
    dataPart <- FALSE
    if (simple && !is.null(dataPartClass)) {
        if (!(is.null(getClassDef(dataPartClass)) || is.null(getClassDef(to)))) {
            dataPart <- dataEquiv(dataPartClass, to)
        }
    }
    if (is.null(coerce)) {
        coerce <- .simpleExtCoerce
        if (isXS3Class(classDef2)) {
            body(coerce, envir = packageEnv) <- substitute({
                if (strict) S3Part(from, S3Class = S3CLASS) else from
            }, list(S3CLASS = to))
        }
        else if (!isVirtualClass(classDef2)) 
            body(coerce, envir = packageEnv) <- .simpleCoerceExpr(Class, to, names(slots), classDef2)
    }
    else if (is.function(coerce)) {
        if (length(formals(coerce)) == 1) {
            coerce <- .ChangeFormals(coerce, .simpleIsCoerce, "'coerce' argument to setIs ")
            tmp <- .simpleExtCoerce
            body(tmp, envir = environment(coerce)) <- body(coerce)
            coerce <- tmp
        }
        else coerce <- .ChangeFormals(coerce, .simpleExtCoerce, "'coerce' argument to setIs ")
    }
    else stop(gettextf("the 'coerce' argument to 'setIs' should be a function of one argument, got an object of class %s", dQuote(class(coerce))), domain = NA)
    if (is.null(test)) {
        test <- .simpleExtTest
        extClass <- "SClassExtension"
    }
    else {
        test <- .ChangeFormals(test, .simpleExtTest, "'test' argument to setIs ")
        extClass <- "conditionalExtension"
    }
    if (is.null(replace)) {
        if (dataPart) {
            extn <- classDef2@contains[[dataPartClass]]
            if (is(extn, "SClassExtension")) 
                easy <- extn@simple
            else easy <- FALSE
            if (easy) 
                replace <- .dataPartReplace$f1
            else {
                replace <- .dataPartReplace$f2
                bdy <- body(replace)
                body(replace, envir = environment(replace)) <- substituteDirect(bdy, list(THISCLASS = dataPartClass))
            }
        }
        else if (simple) {
            replace <- .simpleExtReplace
            if (isXS3Class(classDef2)) {
                S3Class <- attr(classDef2@prototype, ".S3Class")
                if (is.null(S3Class)) 
                  S3Class <- to
                body(replace, envir = packageEnv) <- quote({
                  S3Part(from) <- value
                  from
                })
            }
            else if (isVirtualClass(classDef2)) {
                body(replace, envir = packageEnv) <- substitute({
                  if (!is(value, TO)) stop(gettextf("the computation: 'as(object,\"%s\") <- value' is valid when object has class %s only if 'is(value, \"%s\")' is TRUE ('class(value)' was %s)\n", TO, dQuote(FROM), TO, dQuote(class(value))), domain = NA)
                  value
                }, list(FROM = Class, TO = to))
            }
            else if (class1Defined && length(slots) == 0) {
                ext <- getAllSuperClasses(classDef1, TRUE)
                toSlots <- classDef2@slots
                sameSlots <- TRUE
                for (eclass in ext) {
                  if (.identC(eclass, to)) 
                    next
                  edef <- getClassDef(eclass, where = packageEnv)
                  if (!is.null(edef) && length(edef@slots) > 0) {
                    sameSlots <- FALSE
                    break
                  }
                }
                if (sameSlots) 
                  body(replace, envir = packageEnv) <- substitute({
                    class(value) <- FROM
                    value
                  }, list(FROM = Class))
                else if (length(toSlots) == 0) 
                  replace <- .ErrorReplace
            }
            else body(replace, envir = packageEnv) <- .simpleReplaceExpr(classDef2)
        }
        else replace <- .ErrorReplace
        if (identical(replace, .ErrorReplace)) 
            warning(gettextf("there is no automatic definition for 'as(object, \"%s\") <- value' when object has class %s and no 'replace' argument was supplied; replacement will be an error", to, dQuote(Class)), domain = NA)
    }
    else if (is.function(replace)) {
        if (length(formals(replace)) == 2) {
            replace <- .ChangeFormals(replace, .dataPartReplace$f2args, "'replace' argument to setIs ")
            tmp <- .ErrorReplace
            body(tmp, envir = environment(replace)) <- body(replace)
            replace <- tmp
        }
        else replace <- .ChangeFormals(replace, .ErrorReplace, "'replace' argument to setIs ")
    }
    else stop(gettextf("the 'replace' argument to setIs() should be a function of 2 or 3 arguments, got an object of class %s", dQuote(class(replace))), domain = NA)
    new(extClass, subClass = Class, superClass = to, package = package, coerce = coerce, test = test, replace = replace, simple = simple, by = by, dataPart = dataPart, distance = distance)
}
#@ closure exported makeGeneric
function (f, fdef, fdefault = fdef, group = list(), valueClass = character(), package = getPackageName(environment(fdef)), signature = NULL, genericFunction = NULL, simpleInheritanceOnly = NULL) 
{
    checkTrace <- function(fun, what, f) {
        if (is(fun, "traceable")) {
            warning(gettextf("the function being used as %s in making a generic function for %s is currently traced; the function used will have tracing removed", what, sQuote(f)), domain = NA)
            .untracedFunction(fun)
        }
        else fun
    }
    if (missing(fdef)) {
        if (missing(fdefault)) 
            stop(gettextf("must supply either a generic function or a function as default for %s", sQuote(f)), domain = NA)
        else if (isBaseFun(fdefault)) {
            fun <- genericForBasic(f)
            if (is.function(fun)) {
                return(fun)
            }
        }
        fdef <- fdefault
        body(fdef) <- substitute(standardGeneric(NAME), list(NAME = f))
        environment(fdef) <- .NamespaceOrPackage(package)
    }
    ev <- new.env()
    parent.env(ev) <- environment(fdef)
    environment(fdef) <- ev
    packageSlot(f) <- package
    assign(".Generic", f, envir = ev)
    fdef <- checkTrace(fdef)
    if (length(valueClass)) 
        fdef <- .ValidateValueClass(fdef, f, valueClass)
    group <- .asGroupArgument(group)
    if (is.null(genericFunction)) 
        value <- new("standardGeneric")
    else if (is(genericFunction, "genericFunction")) 
        value <- genericFunction
    else stop(gettextf("the %s argument must be NULL or a generic function object; got an object of class %s", sQuote("genericFunction"), dQuote(class(genericFunction))), domain = NA)
    value@.Data <- fdef
    value@generic <- f
    value@group <- group
    value@valueClass <- valueClass
    value@package <- package
    args <- formalArgs(fdef)
    if (is.null(signature)) 
        signature <- args
    else if (any(not.s.in.a <- is.na(match(signature, args)))) 
        stop(sprintf(ngettext(sum(not.s.in.a), "non-argument found in the signature: %s", "non-arguments found in the signature: %s"), paste(signature[not.s.in.a], collapse = ", ")), domain = NA)
    dots <- match("...", signature)
    if (!is.na(dots)) {
        if (length(signature) > 1L) 
            signature <- signature[-dots]
    }
    if (length(signature) == 0L) 
        stop("no suitable arguments to dispatch methods in this function")
    attr(signature, "simpleOnly") <- simpleInheritanceOnly
    value@signature <- signature
    if (is.null(fdefault)) {
    }
    else {
        fdefault <- checkTrace(fdefault)
        if (!identical(formalArgs(fdefault), formalArgs(fdef)) && !is.primitive(fdefault)) 
            stop(sprintf(ngettext(length(fdef), "the formal argument of the generic function for %s (%s) differs from that of the non-generic to be used as the default (%s)", "the formal arguments of the generic function for %s (%s) differ from those of the non-generic to be used as the default (%s)"), f, paste(formalArgs(fdef), collapse = ", "), paste(formalArgs(fdefault), collapse = ", ")), domain = NA)
        fdefault <- asMethodDefinition(fdefault, fdef = value)
        if (is(fdefault, "MethodDefinition")) 
            fdefault@generic <- value@generic
    }
    value@default <- fdefault
    assign(".Methods", fdefault, envir = ev)
    .setupMethodsTables(value, TRUE)
    value@skeleton <- generic.skeleton(f, fdef, fdefault)
    value
}
#@ closure exported makeMethodsList
function (object, level = 1) 
{
    .MlistDeprecated("makeMethodsList()")
    mnames <- allNames(object)
    if (.noMlists()) {
        keep <- mnames %in% c("", "ANY")
        mnames <- mnames[keep]
        object <- object[keep]
    }
    value <- new("MethodsList")
    i <- match("", mnames)
    if (!is.na(i)) {
        mnames[[i]] <- "ANY"
        names(object) <- mnames
    }
    if (anyDuplicated(mnames)) 
        stop(gettextf("duplicate element names in 'MethodsList' at level %d: %s", level, paste("\"", unique(mnames[duplicated(mnames)]), "\"", collapse = ", ")), domain = NA)
    for (i in seq_along(object)) {
        eli <- object[[i]]
        if (is.function(eli) || is(eli, "MethodsList")) {
        }
        else if (is(eli, "list") || is(eli, "named")) 
            object[[i]] <- Recall(eli, NULL, level + 1)
        else stop(gettextf("element %d at level %d (class %s) cannot be interpreted as a function or named list", i, level, dQuote(class(eli))), domain = NA)
    }
    slot(value, "methods") <- object
    value
}
#@ closure exported makePrototypeFromClassDef
function (slots, ClassDef, extends, where) 
{
    className <- ClassDef@className
    snames <- names(slots)
    supers <- names(extends)
    dataPartClass <- elNamed(slots, ".Data")
    prototype <- ClassDef@prototype
    dataPartDone <- is.null(dataPartClass) || is(prototype, dataPartClass)
    if (!.identC(class(prototype), className) && .isPrototype(prototype)) {
        pnames <- prototype@slots
        prototype <- prototype@object
    }
    else pnames <- names(attributes(prototype))
    if (length(slots) == 0L && !is.null(prototype)) 
        return(prototype)
    for (i in seq_along(extends)) {
        what <- el(supers, i)
        exti <- extends[[i]]
        if (isFALSE(exti@simple)) 
            next
        if (identical(what, "VIRTUAL")) {
        }
        else if (isClass(what, where = packageSlot(exti))) {
            cli <- getClassDef(what, package = packageSlot(exti))
            slotsi <- names(cli@slots)
            pri <- cli@prototype
            if (is.null(prototype)) {
                prototype <- pri
                pnames <- names(attributes(prototype))
            }
            else if (length(slots)) {
                for (slotName in slotsi) {
                  if (identical(slotName, ".Data")) {
                    if (!dataPartDone) {
                      prototype <- setDataPart(prototype, getDataPart(pri), FALSE)
                      dataPartDone <- TRUE
                    }
                  }
                  else if (is.na(match(slotName, pnames))) {
                    slot(prototype, slotName, check = FALSE) <- attr(pri, slotName)
                    pnames <- c(pnames, slotName)
                  }
                }
            }
            else if (!dataPartDone && extends(cli, dataPartClass)) {
                prototype <- setDataPart(prototype, pri, FALSE)
                dataPartDone <- TRUE
            }
        }
    }
    if (length(slots) == 0L) 
        return(prototype)
    if (is.null(prototype)) 
        prototype <- defaultPrototype()
    pnames <- names(attributes(prototype))
    pslots <- if (.identC(class(prototype), className)) 
        names(attributes(unclass(prototype)))
    else if (isClass(class(prototype))) 
        names(getSlots(getClass(class(prototype))))
    if (!is.na(match(".Data", snames))) {
        dataPartClass <- elNamed(slots, ".Data")
        if (!(isVirtualClass(dataPartClass))) {
            if (isClass(class(prototype), where = where)) {
                prototypeClass <- getClass(class(prototype), where = where)
                OK <- extends(prototypeClass, dataPartClass)
            }
            else OK <- FALSE
            if (isFALSE(OK)) 
                stop(gettextf("in constructing the prototype for class %s: prototype has class %s, but the data part specifies class %s", dQuote(className), dQuote(.class1(prototype)), dQuote(dataPartClass)), domain = NA)
        }
        iData <- -match(".Data", snames)
        snames <- snames[iData]
        slots <- slots[iData]
    }
    for (j in seq_along(snames)) {
        name <- el(snames, j)
        i <- match(name, pnames)
        if (is.na(i)) {
            slot(prototype, name, check = FALSE) <- tryNew(el(slots, j), where)
        }
    }
    extra <- pnames[is.na(match(pnames, snames)) & !is.na(match(pnames, pslots))]
    if (length(extra) && is.na(match("oldClass", supers))) 
        warning(gettextf("in constructing the prototype for class %s, slots in prototype and not in class: %s", dQuote(className), paste(extra, collapse = ", ")), domain = NA)
    slotDefs <- ClassDef@slots
    slotNames <- names(slotDefs)
    pnames <- names(attributes(prototype))
    pnames <- pnames[!is.na(match(pnames, slotNames))]
    check <- rep.int(FALSE, length(pnames))
    for (what in pnames) {
        pwhat <- slot(prototype, what)
        slotClass <- getClassDef(slotDefs[[what]], where)
        if (is.null(slotClass) || !extends(class(pwhat), slotClass)) {
            if (is.null(pwhat)) {
            }
            else if (is(slotClass, "classRepresentation") && slotClass@virtual) {
            }
            else check[match(what, pnames)] <- TRUE
        }
    }
    if (any(check)) 
        stop(gettextf("in making the prototype for class %s elements of the prototype failed to match the corresponding slot class: %s", dQuote(className), paste(pnames[check], "(class", .dQ(slotDefs[match(pnames[check], slotNames)]), ")", collapse = ", ")), domain = NA)
    prototype
}
#@ closure exported makeStandardGeneric
function (f, fdef) 
{
    fgen <- fdef
    body(fgen) <- substitute(standardGeneric(FNAME), list(FNAME = f))
    if (typeof(fdef) != "closure") {
        fgen <- genericForBasic(f)
        message(gettextf("making a generic for special function %s", sQuote(f)), domain = NA)
        setPrimitiveMethods(f, fdef, "reset", fgen, NULL)
    }
    fgen
}
#@ closure internal matchDefaults
function (method, generic) 
{
    changes <- FALSE
    margs <- formals(method)
    gargs <- formals(generic)
    for (arg in names(margs)) {
        marg <- margs[[arg]]
        garg <- gargs[[arg]]
        if (missing(marg) && !missing(garg)) {
            changes <- TRUE
            margs[arg] <- gargs[arg]
        }
    }
    if (changes) 
        formals(method, envir = environment(method)) <- margs
    method
}
#@ closure exported matchSignature
function (signature, fun, where = baseenv()) 
{
    if (!is(fun, "genericFunction")) 
        stop(gettextf("trying to match a method signature to an object (of class %s) that is not a generic function", dQuote(class(fun))), domain = NA)
    anames <- fun@signature
    if (length(signature) == 0L) 
        return(character())
    if (is(signature, "character")) {
        pkgs <- packageSlot(signature)
        if (is.null(pkgs)) 
            pkgs <- character(length(signature))
        else if (length(pkgs) != length(signature)) 
            stop("invalid 'package' slot or attribute, wrong length")
        sigClasses <- as.character(signature)
    }
    else if (is(signature, "list")) {
        sigClasses <- pkgs <- character(length(signature))
        for (i in seq_along(signature)) {
            cli <- signature[[i]]
            if (is(cli, "classRepresentation")) {
                sigClasses[[i]] <- cli@className
                pkgs[[i]] <- cli@package
            }
            else if (is(cli, "character") && length(cli) == 1) {
                sigClasses[[i]] <- cli
                pkgi <- packageSlot(cli)
                if (is.character(pkgi)) 
                  pkgs[[i]] <- pkgi
            }
            else stop(gettextf("invalid element in a list for \"signature\" argument; element %d is neither a class definition nor a class name", i), domain = NA)
        }
    }
    else stop(gettextf("trying to match a method signature of class %s; expects a list or a character vector", dQuote(class(signature))), domain = NA)
    if (!identical(where, baseenv())) {
        unknown <- !nzchar(pkgs)
        for (i in seq_along(sigClasses)[unknown]) {
            cli <- getClassDef(sigClasses[[i]], where)
            if (!is.null(cli)) {
                pkgs[[i]] <- cli@package
                unknown[[i]] <- FALSE
            }
        }
        if (any(unknown)) {
            unknown <- unique(sigClasses[unknown])
            MSG <- if (identical(as.vector(coerce@generic), "coerce") && length(unknown) == 1) 
                message
            else function(...) warning(..., call. = FALSE)
            MSG(.renderSignature(fun@generic, signature), sprintf(ngettext(length(unknown), "no definition for class %s", "no definition for classes %s"), paste(dQuote(unknown), collapse = ", ")), domain = NA)
        }
    }
    signature <- as.list(signature)
    if (length(sigClasses) != length(signature)) 
        stop(gettextf("object to use as a method signature for function %s does not look like a legitimate signature (a vector of single class names): there were %d class names, but %d elements in the signature object", sQuote(fun@generic), length(sigClasses), length(signature)), domain = NA)
    if (length(signature) > length(anames)) 
        stop(gettextf("more elements in the method signature (%d) than in the generic signature (%d) for function %s", length(signature), length(anames), sQuote(fun@generic)), domain = NA)
    if (is.null(names(signature))) {
        which <- seq_along(signature)
    }
    else {
        sigList <- signature
        for (i in seq_along(sigList)) sigList[[i]] <- c(sigClasses[[i]], pkgs[[i]])
        fcall <- do.call("call", c("fun", sigList))
        argmatches <- charmatch(names(sigList), anames)
        if (anyNA(argmatches)) 
            stop(gettextf("there are named arguments (%s) in the method signature that are missing from the generic signature, for function %s", paste(sQuote(names(sigList)[is.na(argmatches)]), collapse = ", "), sQuote(fun@generic), domain = NA))
        ambig <- argmatches == 0L & names(sigList) != ""
        if (any(ambig)) 
            stop(gettextf("there are named arguments (%s) in the method signature that ambiguously match the generic signature, for function %s", paste(sQuote(names(sigList)[ambig]), collapse = ", "), sQuote(fun@generic), domain = NA))
        if (identical(anames, formalArgs(fun))) 
            smatch <- match.call(fun, fcall)
        else {
            fmatch <- fun
            ff <- as.list(anames)
            names(ff) <- anames
            formals(fmatch, envir = environment(fun)) <- ff
            smatch <- match.call(fmatch, fcall)
        }
        snames <- names(smatch)[-1L]
        which <- match(snames, anames)
        if (anyNA(which)) 
            stop(sprintf(ngettext(sum(is.na(which)), "in the method signature for function %s invalid argument name in the signature: %s", "in the method signature for function %s invalid argument names in the signature: %s"), sQuote(fun@generic), paste(snames[is.na(which)], collapse = ", ")), domain = NA)
        smatch <- smatch[-1]
        for (i in seq_along(smatch)) {
            eli <- smatch[[i]]
            sigClasses[[i]] <- eli[[1]]
            pkgs[[i]] <- eli[[2]]
        }
    }
    n <- length(anames)
    value <- rep("ANY", n)
    valueP <- rep("methods", n)
    names(value) <- anames
    value[which] <- sigClasses
    valueP[which] <- pkgs
    unspec <- value == "ANY"
    while (n > 1 && unspec[[n]]) n <- n - 1
    length(value) <- length(valueP) <- n
    attr(value, "package") <- valueP
    value
}
#@ opaque exported Math environment:other
#@ opaque exported Math2 environment:other
#@ closure exported mergeMethods
function (m1, m2, genericLabel = character()) 
{
    .MlistDeprecated("mergeMethods()")
    if (length(genericLabel) && is(m2, "MethodsList")) 
        m2 <- .GenericInPrimitiveMethods(m2, genericLabel)
    if (is.null(m1) || is(m1, "EmptyMethodsList")) 
        return(m2)
    tmp <- listFromMlist(m2)
    sigs <- tmp[[1]]
    methods <- tmp[[2]]
    for (i in seq_along(sigs)) {
        sigi <- sigs[[i]]
        if (.noMlists() && !identical(unique(sigi), "ANY")) 
            next
        args <- names(sigi)
        m1 <- insertMethod(m1, as.character(sigi), args, methods[[i]], FALSE)
    }
    m1
}
#@ closure exported metaNameUndo
function (strings, prefix, searchForm = FALSE) 
{
    pattern <- methodsPackageMetaName(prefix, "")
    n <- nchar(pattern, "c")
    matched <- substr(strings, 1L, n) == pattern
    value <- substring(strings[matched], n + 1L)
    pkg <- sub("^[^:]*", "", value)
    if (searchForm) {
        global <- grep(".GlobalEnv", value)
        if (length(global)) {
            pkg[-global] <- paste0("package", pkg[-global])
            pkg[global] <- substring(pkg[global], 2L)
        }
    }
    else pkg <- substring(pkg, 2L)
    value <- sub(":.*", "", value)
    new("ObjectsWithPackage", value, package = pkg)
}
#@ closure exported method.skeleton
function (generic, signature, file, external = FALSE, where = topenv(parent.frame())) 
{
    fdef <- getGeneric(generic, where = where)
    if (is.null(fdef)) {
        fdef <- implicitGeneric(generic, where = where)
        if (is.null(fdef)) 
            stop(gettextf("no function definition found for %s", sQuote(generic)), domain = NA)
    }
    else {
        generic <- fdef@generic
    }
    signature <- matchSignature(signature, fdef)
    if (length(signature) == 0) 
        signature <- "ANY"
    sigNames <- fdef@signature
    length(sigNames) <- length(signature)
    method <- function() {
    }
    formals(method) <- formals(fdef)
    body(method) <- quote({
        stop("need a definition for the method here")
    })
    methodName <- paste(c(generic, signature), collapse = "_")
    if (missing(file)) 
        file <- paste0(methodName, ".R")
    output <- c(paste0("setMethod(\"", generic, "\","), paste0("    signature(", paste0(sigNames, " = \"", signature, "\"", collapse = ", "), "),"))
    method <- deparse(method)
    if (isFALSE(external)) 
        output <- c(output, paste0("    ", method), ")")
    else {
        if (is(external, "character")) 
            methodName <- toString(external)
        method[[1L]] <- paste0("`", methodName, "` <- ", method[[1L]])
        output <- c(method, "", output, paste0("  `", methodName, "`)"))
    }
    writeLines(output, file)
    message(gettextf("Skeleton of method written to %s", if (is.character(file)) 
        file
    else "connection"), domain = NA)
    invisible(file)
}
#@ closure exported MethodAddCoerce
function (method, argName, thisClass, methodClass) 
{
    if (.identC(thisClass, methodClass)) 
        return(method)
    ext <- possibleExtends(thisClass, methodClass)
    if (is.logical(ext) || ext@simple) 
        return(method)
    methodInsert <- function(method, addExpr) {
        if (is.function(method)) {
            newBody <- substitute({
                firstExpr
                secondExpr
            }, list(firstExpr = addExpr, secondExpr = body(method)))
            body(method, envir = environment(method)) <- newBody
        }
        else if (is(method, "MethodsList")) {
            .MlistDeprecated()
            methods <- method@allMethods
            for (i in seq_along(methods)) methods[[i]] <- Recall(methods[[i]], addExpr)
            method@allMethods <- methods
        }
        method
    }
    addExpr <- substitute(XXX <- as(XXX, CLASS), list(XXX = argName, CLASS = methodClass))
    methodInsert(method, addExpr)
}
#@ closure exported methodSignatureMatrix
function (object, sigSlots = c("target", "defined")) 
{
    if (length(sigSlots)) {
        allSlots <- lapply(sigSlots, slot, object = object)
        n <- max(lengths(allSlots))
        mm <- unlist(lapply(allSlots, function(s) {
            length(s) <- n
            s[is.na(s)] <- "ANY"
            s
        }))
        mm <- matrix(mm, nrow = length(allSlots), byrow = TRUE)
        dimnames(mm) <- list(sigSlots, names(allSlots[[1L]]))
        mm
    }
    else matrix(character(), 0L, 0L)
}
#@ closure exported MethodsList
function (.ArgName, ...) 
{
    .MlistDeprecated("MethodsList()")
    value <- makeMethodsList(list(...))
    if (is.name(.ArgName)) {
    }
    else if (is.character(.ArgName) && length(.ArgName) == 1) 
        .ArgName <- as.name(.ArgName)
    else stop("invalid first argument: should be the name of the first argument in the dispatch")
    slot(value, "argument") <- .ArgName
    value
}
#@ closure exported MethodsListSelect
function (f, env, mlist = NULL, fEnv = if (is(fdef, "genericFunction")) environment(fdef) else baseenv(), finalDefault = finalDefaultMethod(mlist), evalArgs = TRUE, useInherited = TRUE, fdef = getGeneric(f, where = env), resetAllowed = TRUE) 
{
    .MlistDeprecated("MethodsListSelect()")
    if (!resetAllowed) 
        resetMlist <- .getMethodsForDispatch(fdef)
    if (is.null(f)) {
    }
    else {
        fMethods <- .getMethodsForDispatch(fdef)
        if (is.null(mlist) || (evalArgs && is.function(fMethods))) 
            mlist <- fMethods
    }
    resetNeeded <- .setIfBase(f, fdef, mlist)
    if (resetNeeded) {
        on.exit(.setMethodsForDispatch(f, fdef, mlist))
    }
    if (!is(mlist, "MethodsList")) {
        if (is.function(mlist)) {
            on.exit()
            return(mlist)
        }
        if (is.null(f)) 
            stop("invalid method sublist")
        else if (!is.null(mlist)) 
            stop(gettextf("%f is not a valid generic function: methods list was an object of class %s", sQuote(f), dQuote(class(mlist))), domain = NA)
    }
    if (!is.logical(useInherited)) 
        stop(gettextf("%s must be TRUE, FALSE, or a named logical vector of those values; got an object of class %s", sQuote("useInherited"), dQuote(class(useInherited))), domain = NA)
    if (identical(mlist, .getMethodsForDispatch(fdef))) {
        resetNeeded <- TRUE
        .setMethodsForDispatch(f, fdef, finalDefault)
        if (is(mlist, "MethodsList")) {
            on.exit(.setMethodsForDispatch(f, fdef, mlist))
        }
    }
    argName <- slot(mlist, "argument")
    arg <- NULL
    if (evalArgs) {
        if (missingArg(argName, env, TRUE)) 
            thisClass <- "missing"
        else {
            arg <- eval(as.name(argName), env)
            if (missing(arg)) 
                return(finalDefault)
            thisClass <- .class1(arg)
        }
    }
    else thisClass <- get(as.character(argName), envir = env, inherits = FALSE)
    if (isTRUE(useInherited) || isFALSE(useInherited)) 
        thisInherit <- nextUseInherited <- useInherited
    else {
        which <- match(as.character(argName), names(useInherited))
        if (is.na(which)) {
            nextUseInherited <- useInherited
            thisInherit <- TRUE
        }
        else {
            thisInherit <- useInherited[[which]]
            nextUseInherited <- useInherited[-which]
        }
    }
    fromClass <- thisClass
    allMethods <- mlist@allMethods
    which <- match(thisClass, names(allMethods))
    inherited <- is.na(which)
    selection <- if (inherited) 
        NULL
    else allMethods[[which]]
    if (!inherited) {
        if (is.function(selection)) {
            if (is.null(f)) {
                mlist <- .trimMlist(mlist, fromClass)
            }
            value <- mlist
        }
        else {
            method <- Recall(NULL, env, selection, finalDefault = finalDefault, evalArgs = evalArgs, useInherited = nextUseInherited, fdef = fdef, )
            if (is(method, "EmptyMethodsList")) 
                value <- method
            else {
                mlist@allMethods[[which]] <- method
                value <- mlist
            }
        }
    }
    if (inherited || is(value, "EmptyMethodsList")) {
        method <- NULL
        if (thisInherit) {
            allSelections <- inheritedSubMethodLists(arg, fromClass, mlist, env)
            allClasses <- names(allSelections)
            for (i in seq_along(allSelections)) {
                selection <- allSelections[[i]]
                fromClass <- allClasses[[i]]
                if (is.function(selection)) 
                  method <- selection
                else if (is(selection, "MethodsList")) {
                  method <- Recall(NULL, env, selection, finalDefault = finalDefault, evalArgs = evalArgs, useInherited = nextUseInherited, fdef = fdef)
                  if (is(method, "EmptyMethodsList")) 
                    selection <- method
                }
                if (!is(selection, "EmptyMethodsList")) 
                  break
            }
        }
        if ((is.null(selection) || is(selection, "EmptyMethodsList")) && !is.null(f) && !is.null(finalDefault)) {
            method <- finalDefault
            fromClass <- "ANY"
        }
        if (is.null(method) || is(method, "EmptyMethodsList")) 
            value <- emptyMethodsList(mlist, thisClass)
        else {
            method <- MethodAddCoerce(method, argName, thisClass, fromClass)
            value <- .insertCachedMethods(mlist, as.character(argName), thisClass, fromClass, method)
        }
    }
    if (!is.null(f)) {
        if (is(value, "EmptyMethodsList")) 
            value <- NULL
        if (resetNeeded) {
            on.exit()
            if (resetAllowed) {
                if (is.null(value)) 
                  resetMlist <- mlist
                else resetMlist <- value
            }
            .setMethodsForDispatch(f, fdef, resetMlist)
            if (dispatchIsInternal(fdef)) 
                setPrimitiveMethods(f, finalDefault, "set", fdef, resetMlist)
        }
    }
    value
}
#@ closure exported methodsPackageMetaName
function (prefix, name, package = "") 
.Call(C_R_methodsPackageMetaName, prefix, name, package)
#@ closure exported missingArg
function (symbol, envir = parent.frame(), eval = FALSE) 
.Call(C_R_missingArg, if (eval) symbol else substitute(symbol), envir)
#@ closure exported multipleClasses
function (details = FALSE) 
{
    classes <- as.list(.classTable, all.names = TRUE)
    dups <- Filter(is.list, classes)
    if (details) 
        dups
    else names(dups)
}
#@ closure exported new
function (Class, ...) 
{
    ClassDef <- getClass(Class, where = topenv(parent.frame()))
    value <- .Call(C_new_object, ClassDef)
    initialize(value, ...)
}
#@ closure exported newBasic
function (Class, ...) 
{
    msg <- NULL
    value <- switch(Class, `NULL` = return(NULL), logical = , numeric = , character = , complex = , double = , integer = , raw = , list = as.vector(c(...), Class), expression = eval(substitute(expression(...))), externalptr = {
        if (nargs() > 1) stop("'externalptr' objects cannot be initialized from new()")
        .newExternalptr()
    }, single = as.single(c(...)), array = if (!missing(...)) array(...) else structure(numeric(), dim = 0L), matrix = if (!missing(...)) matrix(...) else matrix(0, 0L, 0L), ts = if (!missing(...)) stats::ts(...) else structure(NA, tsp = c(1, 1, 1), class = "ts"), {
        args <- list(...)
        if (length(args) == 1L && is(args[[1L]], Class)) {
            value <- as(args[[1L]], Class)
        } else if (is.na(match(Class, .BasicClasses))) msg <- paste0("Calling new() on an undefined and non-basic class (\"", Class, "\")") else msg <- gettextf("initializing objects from class %s with these arguments is not supported", dQuote(Class))
    })
    if (is.null(msg)) 
        value
    else stop(msg, domain = NA)
}
#@ closure exported newClassRepresentation
function (...) 
new("classRepresentation", ...)
#@ closure exported newEmptyObject
function () 
{
    value <- list()
    value
}
#@ opaque exported Ops environment:other
#@ closure internal outerLabels
function (labels, new) 
{
    n <- length(labels)
    m <- length(new)
    paste(labels[rep.int(1L:n, rep.int(m, n))], new[rep.int(1L:m, n)], sep = "#")
}
#@ closure exported packageSlot
function (object) 
attr(object, "package")
#@ closure exported packageSlot<-
function (object, value) 
{
    attr(object, "package") <- value
    object
}
#@ closure exported possibleExtends
function (class1, class2, ClassDef1 = getClassDef(class1), ClassDef2 = getClassDef(class2, where = .classEnv(ClassDef1))) 
{
    if (.identC(class1[[1L]], class2) || .identC(class2, "ANY")) 
        return(TRUE)
    if (is.null(ClassDef1)) 
        return(FALSE)
    ext <- ClassDef1@contains
    if (!is.null(contained <- ext[[class2]])) 
        contained
    else if (is.null(ClassDef2)) 
        FALSE
    else {
        subs <- ClassDef2@subclasses
        if (!.identC(class(ClassDef2), "classRepresentation") && isClassUnion(ClassDef2)) 
            any(c(class1, names(ext)) %in% names(subs))
        else {
            i <- match(class1, names(subs))
            i <- i[!is.na(i)]
            if (length(i)) 
                subs[[i[1L]]]
            else FALSE
        }
    }
}
#@ closure internal print.MethodsList
function (x, ...) 
showMlist(x)
#@ closure internal printClassRepresentation
function (x, ...) 
showClass(x, propertiesAreCalled = "Slots")
#@ closure internal printPropertiesList
function (x, propertiesAreCalled) 
{
    if (length(x)) {
        n <- length(x)
        cat("\n", propertiesAreCalled, ":\n", sep = "")
        text <- format(c(names(x), as.character(x)), justify = "right")
        text <- matrix(text, nrow = 2L, ncol = n, byrow = TRUE)
        dimnames(text) <- list(c("Name:", "Class:"), rep.int("", n))
        print(text, quote = FALSE)
    }
}
#@ closure exported prohibitGeneric
function (name, where = topenv(parent.frame())) 
{
    .saveToImplicitGenerics(name, FALSE, where)
}
#@ closure exported promptClass
function (clName, filename = NULL, type = "class", keywords = "classes", where = topenv(parent.frame()), generatorName = clName) 
{
    classInSig <- function(g, where, cl) {
        cl %in% unique(unlist(findMethods(g, where)@signatures))
    }
    genWithClass <- function(cl, where) {
        allgen <- getGenerics(where = where)
        ok <- as.logical(unlist(lapply(allgen, classInSig, cl = cl, where = where)))
        allgen[ok]
    }
    sigsList <- function(g, where) {
        methods <- findMethods(g, where)
        value <- methods@signatures
        args <- methods@arguments
        if (length(value)) {
            length(args) <- length(value[[1]])
            value <- lapply(value, function(x) {
                names(x) <- args
                x
            })
        }
        value
    }
    slotClassWithSource <- function(clname) {
        clDef <- getClassDef(clname)
        extds <- names(clDef@contains)
        allslots <- getSlots(clDef)
        for (j in rev(seq_along(extds))) {
            i <- extds[[j]]
            slotsi <- getSlots(getClass(i))
            if (length(slotsi)) 
                allslots[names(slotsi)] <- paste0("\"", as.character(slotsi), "\", from class \"", i, "\"")
        }
        slotsi <- getSlots(clDef)
        if (length(slotsi)) 
            allslots[names(slotsi)] <- paste0("\"", as.character(slotsi), "\"")
        allslots
    }
    cleanPrompt <- function(object, name) {
        value <- utils::prompt(object, name = name, filename = NA)
        for (i in seq_along(value)) {
            item <- value[[i]]
            bad <- grepl("^ *%", item)
            if (any(bad)) 
                value[[i]] <- item[!bad]
        }
        value
    }
    pastePar <- function(x) {
        xn <- names(x)
        x <- as.character(x)
        xn <- if (length(xn) == length(x)) 
            paste(xn, "= ")
        else ""
        paste0("(", paste0(xn, "\"", x, "\"", collapse = ", "), ")")
    }
    escape <- function(txt) gsub("%", "\\%", txt, fixed = TRUE)
    if (is.null(filename)) 
        filename <- paste0(utils:::topicName(type, clName), ".Rd")
    if (!missing(where) && !is.na(match(clName, getClasses(where)))) 
        whereClass <- where
    else {
        whereClass <- utils::find(classMetaName(clName))
        if (length(whereClass) == 0L) 
            stop(gettextf("no definition of class %s found", dQuote(clName)), domain = NA)
        else if (length(whereClass) > 1L) {
            if (identical(where, topenv(parent.frame()))) {
                whereClass <- whereClass[[1L]]
                warning(gettextf("multiple definitions of %s found; using the one on %s", dQuote(clName), whereClass), domain = NA)
            }
            else {
                if (exists(classMetaName(clName), where, inherits = FALSE)) 
                  whereClass <- where
                else stop(sprintf(ngettext(length(whereClass), "no definition of class %s in the specified position, %s, definition on : %s", "no definition of class %s in the specified position, %s, definitions on : %s"), dQuote(clName), where, paste(whereClass, collapse = ", ")), domain = NA)
            }
        }
    }
    fullName <- utils:::topicName("class", clName)
    clDef <- getClass(clName, where = whereClass)
    .name <- paste0("\\name{", fullName, "}")
    .type <- paste0("\\docType{", type, "}")
    .alias <- paste0("\\alias{", fullName, "}")
    .title <- sprintf("\\title{Class \\code{\"%s\"}}", clName)
    .desc <- paste0("\\description{", "\n%%  ~~ A concise (1-5 lines) description of what the class is. ~~", "\n}")
    slotclasses <- getSlots(clDef)
    slotnames <- names(slotclasses)
    slotclasses <- as.character(slotclasses)
    nslots <- length(slotclasses)
    clNameQ <- paste0("\"", clName, "\"")
    .usage <- "\\section{Objects from the Class}"
    virtualClass <- isVirtualClass(clName)
    if (virtualClass) {
        .usage <- paste0(.usage, "{A virtual Class: No objects may be created from it.}")
        generator <- NULL
    }
    else {
        if (exists(generatorName, where, inherits = FALSE)) 
            generator <- get(generatorName, where, inherits = FALSE)
        else generator <- NULL
        if (is(generator, "classGeneratorFunction")) {
            promptGenerator <- cleanPrompt(generator, generatorName)
            callString <- .makeCallString(generator, generatorName)
            .alias <- c(.alias, promptGenerator$aliases)
        }
        else {
            initMethod <- unRematchDefinition(selectMethod("initialize", clName))
            argNames <- formalArgs(initMethod)
            argNames[[1L]] <- clNameQ
            callString <- .makeCallString(initMethod, "new", argNames)
        }
        .usage <- c(paste0(.usage, "{"), paste0("Objects can be created by calls of the form \\code{", callString, "}."), "%%  ~~ describe objects here ~~ ", "}")
    }
    .slots <- if (nslots > 0) {
        slotclasses <- slotClassWithSource(clName)
        slotnames <- names(slotclasses)
        .slots.head <- c("\\section{Slots}{", "  \\describe{")
        .slots.body <- paste0("    \\item{\\code{", slotnames, "}:}", "{Object of class \\code{", slotclasses, "} ~~ }")
        .slots.tail <- c("  }", "}")
        c(.slots.head, .slots.body, .slots.tail)
    }
    else character()
    .extends <- clDef@contains
    if (length(.extends)) {
        .extends <- showExtends(.extends, printTo = FALSE)
        .extends <- c("\\section{Extends}{", paste0("Class \\code{\"\\linkS4class{", .extends$what, "}\"}, ", gsub("^(by class) (\".*\")$", "\\1 \\\\code{\\2}", .extends$how), "."), "}")
    }
    else .extends <- character()
    nmeths <- length(methnms <- genWithClass(clName, where = whereClass))
    .meths.head <- "\\section{Methods}{"
    .methAliases <- ""
    if (nmeths > 0) {
        .meths.body <- "  \\describe{"
        for (i in 1L:nmeths) {
            .sig <- sigsList(methnms[i], where = whereClass)
            for (j in seq_along(.sig)) {
                if (!all(is.na(match(.sig[[j]], clName)))) {
                  methn.i <- escape(methnms[i])
                  .meths.body <- c(.meths.body, paste0("    \\item{", methn.i, "}{\\code{signature", pastePar(.sig[[j]]), "}: ... }"))
                  cur <- paste(.sig[[j]], collapse = ",")
                  .methAliases <- paste0(.methAliases, "\\alias{", methn.i, ",", cur, "-method}\n")
                }
            }
        }
        .meths.body <- c(.meths.body, "\t }")
    }
    else {
        .meths.head <- "\\section{Methods}{"
        .meths.body <- paste("No methods defined with class", clNameQ, "in the signature.")
    }
    .meths.tail <- "}"
    .keywords <- paste0("\\keyword{", keywords, "}")
    Rdtxt <- list(name = .name, version = "\\Rdversion{1.1}", type = .type, aliases = .alias, methAliases = .methAliases, title = .title, description = .desc, `section{Objects from the Class}` = .usage, `section{Slots}` = .slots, `section{Extends}` = .extends, `section{Methods}` = c(.meths.head, .meths.body, .meths.tail), references = paste("\\references{\n%%  ~~put references to the", "literature/web site here~~\n}"), author = "\\author{\n%%  ~~who you are~~\n}", note = c("\\note{\n%%  ~~further notes~~\n}", 
        "", paste("%% ~Make other sections like Warning with", "\\section{Warning }{....} ~"), ""), seealso = c("\\seealso{", paste("%%  ~~objects to See Also as", "\\code{\\link{~~fun~~}}, ~~~"), paste("%%  ~~or \\code{\\linkS4class{CLASSNAME}}", "for links to other classes ~~~"), "}"), examples = c("\\examples{", paste0("showClass(", clNameQ, ")"), "}"), keywords = .keywords)
    if (is(clDef, "refClassRepresentation")) 
        Rdtxt <- refClassPrompt(clDef, Rdtxt, nmeths, nslots, .meths.head)
    else if (is(generator, "classGeneratorFunction")) {
        what <- c("usage", "arguments")
        Rdtxt[what] <- promptGenerator[what]
    }
    if (is.na(filename)) 
        return(Rdtxt)
    cat(unlist(Rdtxt), file = filename, sep = "\n")
    .message("A shell of class documentation has been written", .fileDesc(filename), ".\n")
    invisible(filename)
}
#@ closure exported promptMethods
function (f, filename = NULL, methods) 
{
    escape <- function(txt) gsub("%", "\\%", txt, fixed = TRUE)
    packageString <- ""
    fdef <- getGeneric(f)
    if (!isGeneric(f, fdef = fdef)) 
        stop(gettextf("no generic function found corresponding to %s", sQuote(f)), domain = NA)
    if (missing(methods)) {
        methods <- findMethods(fdef)
        where <- .genEnv(fdef, topenv(parent.frame()))
        if (!identical(where, .GlobalEnv)) 
            packageString <- sprintf("in Package \\pkg{%s}", getPackageName(where))
    }
    fullName <- utils:::topicName("methods", f)
    n <- length(methods)
    labels <- character(n)
    aliases <- character(n)
    signatures <- findMethodSignatures(methods = methods, target = TRUE)
    args <- colnames(signatures)
    for (i in seq_len(n)) {
        sigi <- signatures[i, ]
        labels[[i]] <- sprintf("\\code{signature(%s)}", paste(sprintf("%s = \"%s\"", args, escape(sigi)), collapse = ", "))
        aliases[[i]] <- paste0("\\alias{", utils:::topicName("method", c(f, signatures[i, ])), "}")
    }
    text <- paste0("\n\\item{", labels, "}{\n%%  ~~describe this method here~~\n}")
    text <- c("\\section{Methods}{\n\\describe{", text, "}}")
    aliasText <- c(paste0("\\alias{", escape(fullName), "}"), escape(aliases))
    if (isFALSE(filename)) 
        return(c(aliasText, text))
    if (is.null(filename) || isTRUE(filename)) 
        filename <- paste0(fullName, ".Rd")
    Rdtxt <- list(name = paste0("\\name{", fullName, "}"), type = "\\docType{methods}", aliases = aliasText, title = sprintf("\\title{ ~~ Methods for Function \\code{%s} %s ~~}", f, packageString), description = paste0("\\description{\n ~~ Methods for function", " \\code{", f, "} ", sub("^in Package", "in package", packageString), " ~~\n}"), `section{Methods}` = text, keywords = c("\\keyword{methods}", "\\keyword{ ~~ other possible keyword(s) ~~ }"))
    if (is.na(filename)) 
        return(Rdtxt)
    cat(unlist(Rdtxt), file = filename, sep = "\n")
    .message("A shell of methods documentation has been written", .fileDesc(filename), ".\n")
    invisible(filename)
}
#@ closure exported prototype
function (...) 
.prototype(...)
#@ primitive exported Quote
#@ closure internal rbind
function (..., deparse.level = 1) 
{
    has.dl <- !missing(deparse.level)
    deparse.level <- as.integer(deparse.level)
    if (identical(deparse.level, -1L)) 
        deparse.level <- 0L
    stopifnot(0 <= deparse.level, deparse.level <= 2)
    argl <- list(...)
    na <- nargs() - has.dl
    while (na > 0L && is.null(argl[[na]])) {
        argl <- argl[-na]
        na <- na - 1L
    }
    if (na == 0) 
        return(NULL)
    symarg <- as.list(substitute(list(...)))[-1L]
    nmsym <- names(symarg)
    nm <- c(function(i) NULL, function(i) if (is.symbol(s <- symarg[[i]])) deparse(s) else NULL, function(i) deparse(symarg[[i]])[[1L]])[[1L + deparse.level]]
    Nms <- function(i) {
        if (!is.null(s <- nmsym[i]) && nzchar(s)) 
            s
        else nm(i)
    }
    if (na == 1) {
        if (isS4(..1)) {
            r <- rbind2(..1)
            if (length(dim(..1)) < 2L && length(dim(r)) == 2L) 
                rownames(r) <- Nms(1)
            return(r)
        }
        else return(base::rbind(..., deparse.level = deparse.level))
    }
    if (na == 2) {
        fix.na <- FALSE
    }
    else {
        nrs <- unname(lapply(argl, ncol))
        iV <- vapply(nrs, is.null, NA)
        fix.na <- identical(nrs[(na - 1L):na], list(NULL, NULL))
        if (fix.na) {
            nr <- max(if (all(iV)) lengths(argl) else unlist(nrs[!iV]))
            argl[[na]] <- rbind(rep(argl[[na]], length.out = nr), deparse.level = 0)
        }
        if (fix.na) 
            fix.na <- !is.null(Nna <- Nms(na))
    }
    Nrow <- function(x) {
        d <- dim(x)
        if (length(d) == 2L) 
            d[1L]
        else as.integer(length(x) > 0L)
    }
    setN <- function(i, nams) rownames(r)[i] <<- if (is.null(nams)) 
        ""
    else nams
    r <- argl[[na]]
    for (i in (na - 1L):1L) {
        d2 <- dim(r)
        r <- rbind2(argl[[i]], r)
        ism1 <- !is.null(d1 <- dim(argl[[i]])) && length(d1) == 2L
        ism2 <- !is.null(d2) && length(d2) == 2L
        if (ism1 && ism2) 
            next
        nn1 <- !is.null(N1 <- if ((l1 <- Nrow(argl[[i]])) && !ism1) Nms(i))
        nn2 <- !is.null(N2 <- if (i == na - 1L && Nrow(argl[[na]]) && !ism2) Nms(na))
        if (nn1 || nn2) {
            if (is.null(rownames(r))) 
                rownames(r) <- rep.int("", nrow(r))
            if (nn1) 
                setN(1, N1)
            if (nn2) 
                setN(1 + l1, N2)
        }
    }
    if (fix.na) {
        if (is.null(rownames(r))) 
            rownames(r) <- rep.int("", nrow(r))
        setN(nrow(r), Nna)
    }
    r
}
#@ opaque exported rbind2 environment:other
#@ closure exported reconcilePropertiesAndPrototype
function (name, properties, prototype, superClasses, where) 
{
    StandardPrototype <- defaultPrototype()
    slots <- validSlotNames(allNames(properties))
    dataPartClass <- elNamed(properties, ".Data")
    dataPartValue <- FALSE
    if (!is.null(dataPartClass) && is.null(.validDataPartClass(dataPartClass, where))) 
        stop(gettextf("in defining class %s, the supplied data part class, %s is not valid (must be a basic class or a virtual class combining basic classes)", dQuote(name), dQuote(dataPartClass)), domain = NA)
    prototypeClass <- getClass(class(prototype), where = where)
    if ((!is.null(dataPartClass) || length(superClasses))) {
        for (cl in superClasses) {
            clDef <- getClassDef(cl, where = where)
            if (is.null(clDef)) 
                stop(gettextf("no definition was found for superclass %s in the specification of class %s", dQuote(cl), dQuote(name)), domain = NA)
            thisDataPart <- .validDataPartClass(clDef, where, dataPartClass)
            if (!is.null(thisDataPart)) {
                dataPartClass <- thisDataPart
                if (!is.null(clDef@prototype)) {
                  protoClass <- class(clDef@prototype)[1L]
                  newObject <- if (protoClass %in% .AbnormalTypes) {
                    indirect <- .indirectAbnormalClasses[protoClass]
                    getClassDef(indirect)@prototype
                  }
                  else clDef@prototype
                  dataPartValue <- TRUE
                }
            }
        }
        if (length(dataPartClass)) {
            if (is.na(match(".Data", slots))) {
                properties <- c(list(.Data = dataPartClass), properties)
                slots <- names(properties)
            }
            else if (!extends(elNamed(properties, ".Data"), dataPartClass)) 
                stop(gettextf("conflicting definition of data part: .Data = %s, superclass implies %s", dQuote(elNamed(properties, ".Data")), dQuote(dataPartClass)), domain = NA)
            if (is.null(prototype)) {
                if (dataPartValue) 
                  prototype <- newObject
                else if (isVirtualClass(dataPartClass, where = where)) 
                  prototype <- newBasic("logical")
                else prototype <- new(dataPartClass)
                prototypeClass <- getClass(class(prototype), where = where)
            }
            else {
                if (extends(prototypeClass, "classPrototypeDef")) {
                  hasDataPart <- isTRUE(prototype@dataPart)
                  if (!hasDataPart) {
                    if (!dataPartValue) 
                      newObject <- new(dataPartClass)
                    pobject <- prototype@object
                    anames <- names(attributes(pobject))
                    attributes(newObject)[anames] <- attributes(pobject)
                    prototype@object <- newObject
                  }
                  else if (!extends(getClass(class(prototype@object), where = where), dataPartClass)) 
                    stop(gettextf("a prototype object was supplied with object slot of class %s, but the class definition requires an object that is class %s", dQuote(class(prototype@object)), dQuote(dataPartClass)), domain = NA)
                }
                else if (!extends(prototypeClass, dataPartClass)) 
                  stop(gettextf("a prototype was supplied of class %s, but the class definition requires an object that is class %s", dQuote(class(prototype)), dQuote(dataPartClass)), domain = NA)
            }
        }
        if (is.null(prototype)) {
            prototype <- StandardPrototype
        }
    }
    allProps <- properties
    for (cl in superClasses) {
        clDef <- getClassDef(cl, where)
        if (is(clDef, "classRepresentation")) {
            theseProperties <- getSlots(clDef)
            theseSlots <- names(theseProperties)
            theseSlots <- theseSlots[theseSlots != ".Data"]
            dups <- !is.na(match(theseSlots, names(allProps)))
            for (dup in theseSlots[dups]) if (!extends(elNamed(allProps, dup), elNamed(theseProperties, dup))) 
                stop(gettextf("Definition of slot %s, in class %s, as %s conflicts with definition, inherited from class %s, as %s", sQuote(dup), dQuote(name), dQuote(elNamed(allProps, dup)), dQuote(cl), dQuote(elNamed(theseProperties, dup))), domain = NA)
            theseSlots <- theseSlots[!dups]
            if (length(theseSlots)) 
                allProps[theseSlots] <- theseProperties[theseSlots]
        }
        else stop(gettextf("class %s extends an undefined class (%s)", dQuote(name), dQuote(cl)), domain = NA)
    }
    undefinedPrototypeSlots <- setdiff(names(prototype), names(allProps))
    if (length(undefinedPrototypeSlots) > 0L) {
        stop(gettextf("The prototype for class %s has undefined slot(s): %s", dQuote(name), paste0("'", undefinedPrototypeSlots, "'", collapse = ", ")))
    }
    if (is.null(dataPartClass)) {
        if (extends(prototypeClass, "classPrototypeDef")) {
        }
        else {
            if (is.list(prototype)) 
                prototype <- do.call("prototype", prototype)
            if (is.null(prototype)) 
                prototype <- StandardPrototype
        }
    }
    else {
        dataPartDef <- getClass(dataPartClass)
        checkDataPart <- !isXS3Class(dataPartDef)
        if (checkDataPart) 
            checkDataPart <- ((is.na(match(dataPartClass, .BasicClasses)) && !isVirtualClass(dataPartDef)) || length(dataPartDef@slots))
        if (checkDataPart) 
            stop(gettextf("%s is not eligible to be the data part of another class (must be a basic class or a virtual class with no slots)", dQuote(dataPartClass)), domain = NA)
        if (extends(prototypeClass, "classPrototypeDef")) {
        }
        else if (extends(prototypeClass, dataPartClass)) {
            if (extends(prototypeClass, "list") && length(names(prototype))) 
                warning("prototype is a list with named elements (could be ambiguous):  better to use function prototype() to avoid trouble.")
        }
        else if (is.list(prototype)) 
            prototype <- do.call("prototype", prototype)
    }
    if (extends(prototypeClass, "classPrototypeDef")) {
        pnames <- prototype@slots
        prototype <- prototype@object
        if (length(superClasses) == 0L && anyNA(match(pnames, slots))) 
            stop(sprintf(ngettext(sum(is.na(match(pnames, slots))), "named elements of prototype do not correspond to slot name: %s", "named elements of prototype do not correspond to slot names: %s"), paste(.dQ(pnames[is.na(match(pnames, slots))]), collapse = ", ")), domain = NA)
    }
    else pnames <- allNames(attributes(prototype))
    what <- seq_along(properties)
    props <- properties[what]
    what <- slots[what]
    nm <- names(attributes(prototype))
    for (i in seq_along(what)) {
        propName <- el(what, i)
        if (!identical(propName, ".Data") && !propName %in% nm) 
            slot(prototype, propName, FALSE) <- tryNew(el(props, i), where)
    }
    list(properties = properties, prototype = prototype)
}
#@ closure internal refClassFields
function (Class) 
{
    ClassDef <- getClass(Class)
    if (is(ClassDef, "refClassRepresentation")) 
        ClassDef@fieldClasses
    else stop(gettextf("not a reference class: %s", ClassDef@name), domain = NA)
}
#@ closure internal refClassInformation
function (Class, contains, fields, refMethods, where) 
{
    if (length(contains) > 0) {
        superClassDefs <- lapply(contains, function(what) {
            if (is(what, "classRepresentation")) 
                what
            else if (is.character(what)) 
                getClass(what, where = where)
            else stop(gettextf("the 'contains' argument should be the names of superclasses:  got an element of class %s", dQuote(class(what))), domain = NA)
        })
        missingDefs <- vapply(superClassDefs, is.null, NA)
        if (any(missingDefs)) 
            stop(gettextf("no definition found for inherited class: %s", paste0("\"", contains[missingDefs], "\"", collapse = ", ")), domain = NA)
        superClasses <- unlist(lapply(superClassDefs, function(def) def@className), FALSE)
        isRefSuperClass <- vapply(superClassDefs, function(def) is(def, "refClassRepresentation"), NA)
    }
    else {
        superClassDefs <- list()
        superClasses <- character()
        isRefSuperClass <- logical()
    }
    if (!any(isRefSuperClass)) {
        superClasses <- c(superClasses, "envRefClass")
        isRefSuperClass <- c(isRefSuperClass, TRUE)
        superClassDefs[["envRefClass"]] <- getClass("envRefClass", where = where)
    }
    refSuperClasses <- superClasses[isRefSuperClass]
    otherRefClasses <- getRefSuperClasses(refSuperClasses, superClassDefs[isRefSuperClass])
    refSuperClasses <- unique(c(refSuperClasses, otherRefClasses))
    fieldNames <- names(fields)
    nf <- length(fields)
    fieldClasses <- character(nf)
    names(fieldClasses) <- fieldNames
    fieldPrototypes <- list()
    for (i in seq_len(nf)) {
        thisName <- fieldNames[[i]]
        thisField <- fields[[i]]
        if (is.character(thisField)) {
            if (length(thisField) != 1) 
                stop(gettextf("a single class name is needed for field %s, got a character vector of length %d", sQuote(thisName), length(thisField)), domain = NA)
            if (is.null(getClassDef(thisField, where = where))) 
                stop(gettextf("class %s for field %s is not defined", dQuote(thisField), sQuote(thisName)), domain = NA)
            fieldClasses[[i]] <- thisField
            if (thisField != "ANY") 
                fieldPrototypes <- c(fieldPrototypes, .makeDefaultBinding(thisName, thisField, where = where))
            else fieldPrototypes[[thisName]] <- new("uninitializedField", field = thisName, className = "ANY")
        }
        else if (is.function(thisField)) {
            fieldClasses[[i]] <- "activeBindingFunction"
            fieldPrototypes[[thisName]] <- .makeActiveBinding(thisField)
        }
        else stop(gettextf("field %s was supplied as an object of class %s; must be a class name or a binding function", sQuote(thisName), dQuote(class(thisField))), domain = NA)
    }
    fc <- fp <- cm <- list()
    for (cl in rev(superClassDefs[isRefSuperClass])) {
        fcl <- cl@fieldClasses
        fpl <- as.list(cl@fieldPrototypes, all.names = TRUE)
        cml <- as.list(cl@refMethods, all.names = TRUE)
        insertFields(fc) <- fcl
        fp[names(fpl)] <- fpl
        cm[names(cml)] <- cml
    }
    insertFields(fc) <- fieldClasses
    fp[names(fieldPrototypes)] <- fieldPrototypes
    cm <- insertClassMethods(cm, Class, refMethods, names(fc), TRUE)
    list(superClasses = superClasses, refSuperClasses = refSuperClasses, fieldClasses = fc, fieldPrototypes = fp, refMethods = cm)
}
#@ closure internal refClassMethods
function (Class) 
{
    ClassDef <- getClass(Class)
    if (is(ClassDef, "refClassRepresentation")) 
        value <- as.list(ClassDef@refMethods)
    else stop(gettextf("not a reference class: %s", ClassDef@name), domain = NA)
    for (i in seq_along(value)) value[[i]] <- as(value[[i]], "function")
    value
}
#@ closure internal refClassPrompt
function (clDef, Rdtxt, nmeths, nslots, .meths.head) 
{
    sections <- names(Rdtxt)
    envRefX <- paste0("{", extends("envRefClass"), "}")
    exclude <- grep("Objects from the Class", sections)
    if (nmeths < 1) 
        exclude <- c(exclude, grep("Methods", sections))
    else .meths.head <- "\\section{Class-Based Methods}{"
    if (nslots < 2) 
        exclude <- c(exclude, grep("Slots", sections))
    Rdtxt <- Rdtxt[-exclude]
    extdsthead <- "section{Extends}"
    extds <- Rdtxt[[extdsthead]]
    drop <- rep(FALSE, length(extds))
    for (class in envRefX) drop <- drop | grepl(class, extds, fixed = TRUE)
    extds <- extds[!drop]
    extds <- append(extds, "\nAll reference classes extend and inherit methods from \\code{\"\\linkS4class{envRefClass}\"}.\n", length(extds) - 1)
    Rdtxt[[extdsthead]] <- extds
    fieldClasses <- refClassFields(clDef)
    nfields <- length(fieldClasses)
    .fields <- if (nfields > 0) {
        fieldnames <- names(fieldClasses)
        .fields.head <- c("\\section{Fields}{", "  \\describe{")
        .fields.body <- paste0("    \\item{\\code{", fieldnames, "}:}", "{Object of class \\code{", fieldClasses, "} ~~ }")
        .fields.tail <- c("  }", "}")
        c(.fields.head, .fields.body, .fields.tail)
    }
    else character()
    methodDefs <- as.list(clDef@refMethods)
    nmethods <- length(methodDefs)
    if (nmethods > 0) {
        thisClassDefs <- match(vapply(methodDefs, function(x) x@refClassName, ""), clDef@className, 0) > 0
        otherMethods <- methodDefs[!thisClassDefs]
        methodDefs <- methodDefs[thisClassDefs]
        .methods <- c(.meths.head, .refMethodDescription(methodDefs, fieldnames, otherMethods), "}")
    }
    else .methods <- character()
    c(Rdtxt, list(`section{Fields}` = .fields, `section{ClassMethods}` = .methods))
}
#@ closure internal refObjectClass
function (object) 
{
    Class <- class(object)
    classDef <- getClassDef(Class)
    if (is(classDef, "refClassRepresentation")) 
        classDef
    else stop(gettextf("%s is not a reference class", dQuote(Class)), domain = NA)
}
#@ closure exported registerImplicitGenerics
function (what = .ImplicitGenericsTable(where), where = topenv(parent.frame())) 
{
    if (!is.environment(what)) 
        stop(gettextf("must provide an environment table; got class %s", dQuote(class(what))), domain = NA)
    objs <- as.list(what, all.names = TRUE)
    mapply(.cacheImplicitGeneric, names(objs), objs)
    NULL
}
#@ closure exported rematchDefinition
function (definition, generic, mnames, fnames, signature) 
{
    added <- anyNA(match(mnames, fnames))
    keepsDots <- !is.na(match("...", mnames))
    if (!added && keepsDots) {
        formals(definition) <- formals(generic)
        return(definition)
    }
    dotsPos <- match("...", fnames)
    if (added && is.na(dotsPos)) 
        stop(gettextf("methods can add arguments to the generic %s only if '...' is an argument to the generic", sQuote(generic@generic)), call. = TRUE)
    useNames <- (useNm <- !is.na(imf <- match(fnames, mnames))) | fnames == "..."
    if (is.unsorted(imf[useNm])) 
        stop(.renderSignature(generic@generic, signature), "formal arguments in method and generic do not appear in the same order", call. = FALSE)
    clArgs <- fnames[useNames]
    if (keepsDots && dotsPos < length(fnames)) {
        ntrail <- length(fnames) - dotsPos
        trailingArgs <- fnames[seq.int(to = length(fnames), length.out = ntrail)]
        if (!identical(mnames[seq.int(to = length(mnames), length.out = ntrail)], trailingArgs)) 
            stop(gettextf("%s arguments (%s) after %s in the generic must appear in the method, in the same place at the end of the argument list", .renderSignature(generic@generic, signature), paste(sQuote(trailingArgs), collapse = ", "), sQuote("...")), call. = FALSE, domain = NA)
        clNames <- character(length(clArgs))
        clNames[seq.int(to = length(clNames), length.out = ntrail)] <- trailingArgs
    }
    else clNames <- NULL
    if ((iMi <- match("missing", signature, nomatch = 0L)) && length(iNm <- which(useNm)) && any(i <- (iMi <= iNm & iNm <= if (is.na(dotsPos)) length(fnames) else dotsPos - 1L))) {
        if (is.null(clNames)) 
            clNames <- character(length(clArgs))
        im <- match(fnames[iNm][i], clArgs)
        clNames[im] <- clArgs[im]
    }
    if (!is.null(clNames)) 
        names(clArgs) <- clNames
    newCall <- as.call(lapply(c(".local", clArgs), as.name))
    newBody <- substitute({
        .local <- DEF
        NEWCALL
    }, list(DEF = definition, NEWCALL = newCall))
    generic <- .copyMethodDefaults(generic, definition)
    body(generic, envir = environment(definition)) <- newBody
    generic
}
#@ closure exported removeClass
function (Class, where = topenv(parent.frame())) 
{
    if (missing(where)) {
        classEnv <- .classEnv(Class, where, FALSE)
        classWhere <- findClass(Class, where = classEnv)
        if (length(classWhere) == 0L) {
            warning(gettextf("class definition for %s not found (no action taken)", dQuote(Class)), domain = NA)
            return(FALSE)
        }
        if (length(classWhere) > 1L) 
            warning(gettextf("class %s has multiple definitions visible; only the first removed", dQuote(Class)), domain = NA)
        classWhere <- classWhere[[1L]]
    }
    else classWhere <- where
    classDef <- getClassDef(Class, where = classWhere)
    if (length(classDef@subclasses)) {
        subclasses <- names(classDef@subclasses)
        found <- vapply(subclasses, isClass, NA, where = where, USE.NAMES = TRUE)
        for (what in subclasses[found]) .removeSuperClass(what, Class)
    }
    .removeSuperclassBackRefs(Class, classDef, classWhere)
    .uncacheClass(Class, classDef)
    .undefineMethod("initialize", Class, classWhere)
    what <- classMetaName(Class)
    rm(list = what, pos = classWhere)
    TRUE
}
#@ closure exported removeGeneric
function (f, where = topenv(parent.frame())) 
{
    fdef <- NULL
    allEv <- findFunction(f, where = where)
    for (maybeEv in allEv) {
        fdef <- get(f, maybeEv)
        if (is(fdef, "genericFunction")) 
            break
    }
    found <- is(fdef, "genericFunction")
    if (found) {
        .removeMethodsMetaTable(fdef, where)
        oldMetaName <- methodsPackageMetaName("M", fdef@generic, fdef@package)
        if (exists(oldMetaName, where, inherits = FALSE)) 
            rm(list = oldMetaName, pos = where)
        .uncacheGeneric(f, fdef)
        rm(list = fdef@generic, pos = where)
    }
    else {
        if (!is.character(f)) 
            f <- deparse(f)
        warning(gettextf("generic function %s not found for removal", sQuote(f)), domain = NA)
    }
    return(found)
}
#@ closure exported removeMethod
function (f, signature = character(), where = topenv(parent.frame())) 
{
    if (is.function(f)) {
        if (is(f, "genericFunction")) {
            fdef <- f
            f <- f@generic
        }
        else if (is.primitive(f)) {
            f <- .primname(f)
            fdef <- genericForBasic(f, mustFind = FALSE)
        }
        else stop("function supplied as argument 'f' must be a generic")
    }
    else fdef <- getGeneric(f, where = where)
    if (is.null(fdef)) {
        warning(gettextf("no generic function %s found", sQuote(f)), domain = NA)
        return(FALSE)
    }
    if (is.null(getMethod(fdef, signature, optional = TRUE))) {
        warning(gettextf("no method found for function %s and signature %s", sQuote(fdef@generic), paste(.dQ(signature), collapse = ", ")), domain = NA)
        return(FALSE)
    }
    setMethod(f, signature, NULL, where = where)
    TRUE
}
#@ closure exported removeMethods
function (f, where = topenv(parent.frame()), all = missing(where)) 
{
    fdef <- getGeneric(f, where = where)
    if (!is(fdef, "genericFunction")) {
        warning(gettextf("%s is not an S4 generic function in %s; methods not removed", sQuote(f), sQuote(getPackageName(where))), domain = NA)
        return(FALSE)
    }
    methods <- getMethodsForDispatch(fdef)
    default <- getMethod(fdef, "ANY", optional = TRUE)
    fMetaName <- .TableMetaName(fdef@generic, fdef@package)
    oldMetaName <- methodsPackageMetaName("M", fdef@generic, fdef@package)
    allWhere <- .findAll(fMetaName, where)
    if (!all) 
        allWhere <- allWhere[1L]
    value <- rep(TRUE, length(allWhere))
    cacheGenericsMetaData(f, fdef, FALSE, where)
    .uncacheGeneric(f, fdef)
    doGeneric <- TRUE
    for (i in seq_along(allWhere)) {
        db <- as.environment(allWhere[[i]])
        if (environmentIsLocked(db)) {
            warning(gettextf("cannot remove methods for %s in locked environment/package %s", sQuote(f), sQuote(getPackageName(db))), domain = NA)
            value[[i]] <- FALSE
            next
        }
        if (exists(fMetaName, db, inherits = FALSE)) {
            theseMethods <- get(fMetaName, db)
            .mergeMethodsTable(fdef, methods, theseMethods, FALSE)
            rm(list = fMetaName, pos = db)
            if (exists(oldMetaName, db, inherits = FALSE)) 
                rm(list = oldMetaName, pos = db)
        }
    }
    all <- all && base::all(value)
    for (i in seq_along(allWhere)) {
        db <- as.environment(allWhere[[i]])
        if (doGeneric && isGeneric(f, db)) {
            if (all && is(default, "derivedDefaultMethod")) {
                default <- as(default, "function")
                rm(list = f, pos = db)
                if (!existsFunction(f, FALSE, db)) {
                  message(gettextf("Restoring default function definition of %s", sQuote(f)), domain = NA)
                  assign(f, default, db)
                }
            }
            else {
                resetGeneric(f, fdef, where = db, deflt = default)
            }
            doGeneric <- FALSE
        }
    }
    any(value)
}
#@ closure exported representation
function (...) 
{
    value <- list(...)
    anames <- allNames(value)
    for (i in seq_along(value)) {
        ei <- value[[i]]
        if (!is.character(ei) || length(ei) != 1L) 
            stop(gettextf("element %d of the representation was not a single character string", i), domain = NA)
    }
    includes <- as.character(value[!nzchar(anames)])
    if (anyDuplicated(includes)) 
        stop(gettextf("duplicate class names among superclasses: %s", paste(.dQ(includes[duplicated(includes)]), collapse = ", ")), domain = NA)
    slots <- anames[nzchar(anames)]
    if (anyDuplicated(slots)) {
        dslots <- slots[duplicated(slots)]
        stop(sprintf(ngettext(length(dslots), "duplicated slot name: %s", "duplicated slot names: %s"), paste(sQuote(dslots), collapse = "")), domain = NA)
    }
    value
}
#@ closure exported requireMethods
function (functions, signature, message = "", where = topenv(parent.frame())) 
{
    for (f in functions) {
        method <- getMethod(f, optional = TRUE)
        if (!is.function(method)) 
            method <- getGeneric(f, where = where)
        body(method) <- substitute(stop(methods:::.missingMethod(FF, MESSAGE, if (exists(".Method")) .Method), domain = NA), list(FF = f, MESSAGE = message))
        environment(method) <- .GlobalEnv
        setMethod(f, signature, method, where = where)
    }
    NULL
}
#@ closure exported resetClass
function (Class, classDef, where) 
{
    if (is(Class, "classRepresentation")) {
        classDef <- Class
        Class <- Class@className
        if (missing(where)) 
            where <- .classDefEnv(classDef)
    }
    else {
        if (missing(where)) {
            if (missing(classDef)) 
                where <- findClass(Class, unique = "resetting the definition")[[1L]]
            else where <- .classDefEnv(classDef)
        }
        if (missing(classDef)) {
            classDef <- getClassDef(Class, where)
            if (is.null(classDef)) {
                warning(gettextf("class %s not found on %s; 'resetClass' will have no effect", dQuote(Class), sQuote(getPackageName(where))), domain = NA)
                return(classDef)
            }
        }
        else if (!is(classDef, "classRepresentation")) 
            stop(gettextf("argument 'classDef' must be a string or a class representation; got an object of class %s", dQuote(class(classDef))), domain = NA)
    }
    if (classDef@sealed) 
        warning(gettextf("class %s is sealed; 'resetClass' will have no effect", dQuote(Class)), domain = NA)
    else {
        classDef <- .uncompleteClassDefinition(classDef)
        classDef <- completeClassDefinition(Class, classDef, where)
        assignClassDef(Class, classDef, where)
    }
    classDef
}
#@ closure exported resetGeneric
function (f, fdef = getGeneric(f, where = where), mlist = getMethodsForDispatch(fdef), where = topenv(parent.frame()), deflt = finalDefaultMethod(mlist)) 
{
    if (!is(fdef, "genericFunction")) {
        stop(gettextf("error in updating S4 generic function %s; the function definition is not an S4 generic function (class %s)", sQuote(f), dQuote(class(fdef))), domain = NA)
    }
    .updateMethodsInTable(fdef, attach = "reset")
    f
}
#@ closure exported S3Class
function (object) 
{
    value <- attr(object, ".S3Class")
    if (is.null(value)) {
        if (isS4(object)) {
            if (is.na(match(".Data", names(getClass(class(object))@slots)))) 
                stop(gettextf("'S3Class' only defined for extensions of %s or classes with a data part:  not true of class %s", dQuote("oldClass"), dQuote(class(object))), domain = NA)
            class(getDataPart(object))
        }
        else class(object)
    }
    else value
}
#@ closure exported S3Class<-
function (object, value) 
{
    if (isS4(object)) {
        current <- attr(object, ".S3Class")
        if (is.null(current)) {
            if (is.na(match(value, .BasicClasses))) 
                stop(gettextf("'S3Class' can only assign to S4 objects that extend \"oldClass\"; not true of class %s", dQuote(class(object))), domain = NA)
            mode(object) <- value
        }
        else slot(object, ".S3Class") <- value
    }
    else class(object) <- value
    object
}
#@ closure internal S3forS4Methods
function (where, checkClasses = character()) 
{
    allClasses <- getClasses(where)
    if (length(checkClasses) > 0) 
        allClasses <- allClasses[match(allClasses, checkClasses, 0) > 0]
    if (length(allClasses) == 0) 
        return(allClasses)
    pattern <- paste0("([.]", allClasses, "$)", collapse = "|")
    allObjects <- names(where)
    allObjects <- allObjects[-grep("^[.][_][_]", allObjects)]
    allObjects <- grep(pattern, allObjects, value = TRUE)
    if (length(allObjects) > 0) {
        badMethods <- allObjects
        funs <- sub(pattern, "", badMethods)
        uniqueFuns <- unique(funs)
        uniqueFuns <- uniqueFuns[nzchar(uniqueFuns)]
        possible <- .checkGeneric(uniqueFuns, where)
        if (!any(possible)) 
            return(character())
        uniqueFuns <- uniqueFuns[possible]
        badMethods <- badMethods[match(funs, uniqueFuns, 0) > 0]
        allObjects <- badMethods
        attr(allObjects, "functions") <- uniqueFuns
    }
    allObjects
}
#@ closure exported S3Part
function (object, strictS3 = FALSE, S3Class) 
{
    if (!isS4(object)) 
        return(object)
    classDef <- getClass(class(object))
    oldClassCase <- extends(classDef, "oldClass")
    defltS3Class <- missing(S3Class)
    if (oldClassCase) {
        if (defltS3Class) 
            S3Class <- .S3Class(object)
        keepSlots <- slotNames(S3Class[[1L]])
    }
    else {
        if (all(is.na(match(extends(classDef), .BasicClasses)))) 
            stop(gettextf("S3Part() is only defined for classes set up by setOldCLass(), basic classes or subclasses of these:  not true of class %s", dQuote(class(object))), domain = NA)
        if (missing(S3Class)) {
            S3Class <- classDef@slots$.Data
            if (is.null(S3Class)) 
                S3Class <- typeof(object)
            keepSlots <- character()
        }
        else keepSlots <- slotNames(S3Class[[1L]])
    }
    if (!(defltS3Class || extends(classDef, S3Class))) 
        stop(gettextf("the 'S3Class' argument must be a superclass of %s:  not true of class %s", dQuote(class(object)), dQuote(S3Class)), domain = NA)
    if (strictS3) 
        keepSlots <- keepSlots[is.na(match(keepSlots, ".S3Class"))]
    deleteSlots = slotNames(classDef)
    deleteSlots <- deleteSlots[is.na(match(deleteSlots, keepSlots))]
    for (slot in deleteSlots) attr(object, slot) <- NULL
    if (strictS3) {
        object <- .notS4(object)
        class(object) <- S3Class
    }
    else class(object) <- S3Class[[1L]]
    object
}
#@ closure exported S3Part<-
function (object, strictS3 = FALSE, needClass = .S3Class(object), value) 
{
    S3Class <- .S3Class(value)
    def <- getClassDef(S3Class[[1L]])
    if (is.null(def) || !extends(def, needClass[[1L]])) 
        stop(gettextf("replacement value must extend class %s, got %s", dQuote(needClass), dQuote(S3Class[[1L]])), domain = NA)
    slots <- slotNames(class(object))
    if (!strictS3) {
        fromValue <- names(attributes(value))
        slots <- slots[is.na(match(slots, fromValue))]
    }
    slots <- c("class", slots)
    for (slot in slots) attr(value, slot) <- attr(object, slot)
    if (extends(def, "oldClass")) 
        attr(value, ".S3Class") <- S3Class
    if (isS4(object)) 
        value <- .asS4(value)
    value
}
#@ closure exported sealClass
function (Class, where = topenv(parent.frame())) 
{
    if (missing(where)) 
        where <- findClass(Class, unique = "sealing the class", where = where)
    classDef <- getClassDef(Class, where)
    if (!classDef@sealed) {
        classDef@sealed <- TRUE
        assignClassDef(Class, classDef, where)
    }
    invisible(classDef)
}
#@ closure exported selectMethod
function (f, signature, optional = FALSE, useInherited = TRUE, mlist = if (!is.null(fdef)) getMethodsForDispatch(fdef), fdef = getGeneric(f, !optional), verbose = FALSE, doCache = FALSE) 
{
    if (is.environment(mlist)) {
        fenv <- environment(fdef)
        nsig <- .getGenericSigLength(fdef, fenv, FALSE)
        if (verbose) 
            cat("* mlist environment with", length(mlist), "potential methods\n")
        if (length(signature) < nsig) 
            signature[(length(signature) + 1):nsig] <- "ANY"
        if (identical(fdef@signature, "...")) {
            method <- .selectDotsMethod(signature, mlist, if (useInherited) 
                getMethodsForDispatch(fdef, inherited = TRUE))
            if (is.null(method) && !optional) 
                stop(gettextf("no method for %s matches class %s", sQuote("..."), dQuote(signature)), domain = NA)
            return(method)
        }
        method <- .findMethodInTable(signature, mlist, fdef)
        if (is.null(method)) {
            if (missing(useInherited)) 
                useInherited <- (is.na(match(signature, "ANY")) & if (identical(fdef, coerce)) 
                  c(TRUE, FALSE)
                else TRUE)
            if (verbose) 
                cat("  no direct match found to signature (", paste(signature, collapse = ", "), ")\n", sep = "")
            methods <- if (any(useInherited)) {
                allmethods <- .getMethodsTable(fdef, fenv, check = FALSE, inherited = TRUE)
                .findInheritedMethods(signature, fdef, mtable = allmethods, table = mlist, useInherited = useInherited, verbose = verbose, doCache = doCache)
            }
            if (length(methods)) 
                return(methods[[1L]])
            else if (optional) 
                return(NULL)
            else stop(gettextf("no method found for signature %s", paste(signature, collapse = ", ")))
        }
        else return(method)
    }
    else if (is.null(mlist)) {
        if (optional) 
            return(mlist)
        else stop(gettextf("%s has no methods defined", sQuote(f)), domain = NA)
    }
    else stop("selectMethod(): mlist is not an environment or NULL :\n", "** should no longer happen!", domain = NA)
}
#@ closure exported selectSuperClasses
function (Class, dropVirtual = FALSE, namesOnly = TRUE, directOnly = TRUE, simpleOnly = directOnly, where = topenv(parent.frame())) 
{
    ext <- if (isClassDef(Class)) 
        Class@contains
    else if (isClass(Class, where = where)) 
        getClass(Class, where = where)@contains
    else stop("'Class' must be a valid class definition or class")
    .selectSuperClasses(ext, dropVirtual = dropVirtual, namesOnly = namesOnly, directOnly = directOnly, simpleOnly = simpleOnly)
}
#@ closure exported setAs
function (from, to, def, replace = NULL, where = topenv(parent.frame())) 
{
    fromDef <- getClassDef(from, where)
    toDef <- getClassDef(to, where)
    extds <- possibleExtends(from, to, fromDef, toDef)
    if (is(extds, "SClassExtension")) {
        test <- extds@test
        if (is.null(replace)) 
            replace <- extds@replace
        test <- NULL
        setIs(from, to, test = test, coerce = def, replace = replace, where = where)
    }
    else if (isTRUE(extds)) {
        if (.identC(from, to)) 
            stop(gettextf("trying to set an 'as' relation from %s to itself", dQuote(.class1(from))), domain = NA)
        if (is.null(toDef)) 
            stop(gettextf("class %s is not defined in this environment", dQuote(to)), domain = NA)
        if (isClassUnion(toDef)) 
            stop(gettextf("class %s is a class union: 'coerce' relations to a class union are not meaningful", dQuote(to)), domain = NA)
        setIs(from, to, coerce = def, replace = replace, where = where)
    }
    args <- formalArgs(def)
    if (!is.na(match("strict", args))) 
        args <- args[-match("strict", args)]
    if (length(args) == 1) 
        def <- substituteFunctionArgs(def, "from", functionName = "coerce")
    else if (length(args) != 2 || !identical(args, c("from", "to"))) 
        stop(gettextf("'as' method should have one argument, or match the arguments of coerce(): got  (%s)", paste(formalArgs(def), collapse = ", ")), domain = NA)
    method <- as.list(coerce@.Data)
    method$to <- to
    method <- as.function(method)
    body(method, envir = environment(def)) <- body(def)
    setMethod("coerce", c(from, to), method, where = where)
    if (!is.null(replace)) {
        args <- formalArgs(replace)
        if (identical(args, c("from", "to", "value"))) 
            method <- replace
        else {
            if (length(args) != 2) 
                stop(gettextf("a 'replace' method definition in 'setAs' must be a function of two arguments, got %d", length(args)), domain = NA)
            replace <- body(replace)
            if (!identical(args, c("from", "value"))) {
                ll <- list(quote(from), quote(value))
                names(ll) <- args
                replace <- substituteDirect(replace, ll)
                warning(gettextf("argument names in 'replace' changed to agree with 'coerce<-' generic:\n%s", paste(deparse(replace), sep = "\n    ")), domain = NA)
            }
            method <- eval(function(from, to, value) NULL)
            body(method, envir = .GlobalEnv) <- replace
        }
        setMethod("coerce<-", c(from, to), method, where = where)
    }
}
#@ closure internal setCacheOnAssign
function (env, onOff = cacheOnAssign(env)) 
env$.cacheOnAssign <- if (onOff) TRUE else FALSE
#@ closure exported setClass
function (Class, representation = list(), prototype = NULL, contains = character(), validity = NULL, access = list(), where = topenv(parent.frame()), version = .newExternalptr(), sealed = FALSE, package = getPackageName(where), S3methods = FALSE, slots) 
{
    oldDef <- getClassDef(Class, where)
    if (is(oldDef, "classRepresentation") && oldDef@sealed) 
        stop(gettextf("%s has a sealed class definition and cannot be redefined", dQuote(Class)), domain = NA)
    if (!missing(slots)) {
        if (!missing(representation)) 
            stop("Argument \"representation\" cannot be used if argument \"slots\" is supplied")
        properties <- inferProperties(slots, "slot")
        classDef <- makeClassRepresentation(Class, properties, contains, prototype, package, validity, access, version, sealed, where = where)
    }
    else if (is(representation, "classRepresentation")) {
        classDef <- representation
        if (!(missing(prototype) && missing(contains) && missing(validity) && missing(access) && missing(version) && missing(package))) 
            stop("only arguments 'Class' and 'where' can be supplied when argument 'representation' is a 'classRepresentation' object")
        if (length(classDef@package) == 0L) 
            classDef@package <- package
    }
    else {
        if (is.character(representation) && length(representation) == 1L && is.null(names(representation))) 
            representation <- list(representation)
        slots <- nzchar(allNames(representation))
        superClasses <- c(as.character(representation[!slots]), contains)
        properties <- representation[slots]
        classDef <- makeClassRepresentation(Class, properties, superClasses, prototype, package, validity, access, version, sealed, where = where)
    }
    superClasses <- names(classDef@contains)
    classDef <- completeClassDefinition(Class, classDef, where, doExtends = FALSE)
    .uncacheClass(Class, classDef)
    if (length(superClasses) > 0L) {
        sealed <- classDef@sealed
        classDef@sealed <- FALSE
        assignClassDef(Class, classDef, where)
        badContains <- character()
        for (ext in classDef@contains) {
            class2 <- ext@superClass
            if (is(try(setIs(Class, class2, classDef = classDef, where = where)), "try-error")) 
                badContains <- c(badContains, class2)
            else {
                classDef <- getClassDef(Class, where = where)
                if (is.null(classDef)) 
                  stop(sprintf("internal error: definition of class %s not properly assigned", dQuote(Class)), domain = NA)
            }
        }
        if (length(badContains)) {
            msg <- paste(.dQ(badContains), collapse = ", ")
            if (is(try(removeClass(Class, where)), "try-error")) 
                stop(gettextf("error in contained classes (%s) for class %s and unable to remove definition from %s", msg, dQuote(Class), sQuote(getPackageName(where))), domain = NA)
            if (is.null(oldDef)) 
                stop(gettextf("error in contained classes (%s) for class %s; class definition removed from %s", msg, dQuote(Class), sQuote(getPackageName(where))), domain = NA)
            else if (is(try(setClass(Class, oldDef, where = where)), "try-error")) 
                stop(gettextf("error in contained classes (%s) for class %s and unable to restore previous definition from %s", msg, dQuote(Class), sQuote(getPackageName(where))), domain = NA)
            else stop(gettextf("error in contained classes (%s) for class %s; previous definition restored to %s", msg, dQuote(Class), sQuote(getPackageName(where))), domain = NA)
        }
        if (length(attr(classDef@contains, "conflicts")) > 0) 
            .reportSuperclassConflicts(Class, classDef@contains, where)
        .checkRequiredGenerics(Class, classDef, where)
        if (sealed) {
            classDef@sealed <- TRUE
        }
    }
    if (S3methods) 
        classDef <- .setS3MethodsOn(classDef)
    assignClassDef(Class, classDef, where)
    invisible(classGeneratorFunction(classDef, where))
}
#@ closure exported setClassUnion
function (name, members = character(), where = topenv(parent.frame())) 
{
    if (length(members) > 0) {
        membersDefined <- sapply(members, isClass, where = as.environment(where))
        if (!all(membersDefined)) 
            stop(gettextf("the member classes must be defined: not true of %s", paste(.dQ(as(members[!membersDefined], "character")), collapse = ", ")), domain = NA)
    }
    def <- new("ClassUnionRepresentation", makeClassRepresentation(name, package = getPackageName(where), where = where))
    prev <- getClassDef(name, where = where)
    value <- setClass(name, def, where = where)
    failed <- character()
    hasNull <- match("NULL", members, 0)
    if (hasNull) 
        members <- c("NULL", members[-hasNull])
    for (what in members) {
        ext <- def@subclasses[[what]]
        if (is(try(setIs(what, name, where = where, extensionObject = ext)), "try-error")) {
            if (!is.character(what)) 
                what <- getClass(what, TRUE, where)@className
            failed <- c(failed, what)
        }
    }
    if (length(failed) > 0) {
        if (is.null(prev)) 
            try(removeClass(name, where = where))
        else try(setClass(name, prev, where = where))
        stop(gettextf("unable to create union class:  could not set members %s", paste(.dQ(failed), collapse = ", ")), domain = NA)
    }
    invisible(value)
}
#@ closure exported setDataPart
function (object, value, check = TRUE) 
{
    if (check || typeof(object) == "S4") {
        classDef <- getClass(class(object))
        slots <- getSlots(classDef)
        dataSlot <- .dataSlot(names(slots))
        if (length(dataSlot) == 1) 
            dataClass <- elNamed(slots, dataSlot)
        else if (check) 
            stop(gettextf("class %s does not have a data part (a .Data slot) defined", dQuote(class(object))), domain = NA)
        else return(.mergeAttrs(value, object))
        value <- as(value, dataClass)
        if (typeof(object) == "S4") {
            if (is.null(value)) 
                value <- .pseudoNULL
            attr(object, dataSlot) <- value
            return(object)
        }
    }
    .mergeAttrs(value, object)
}
#@ closure exported setGeneric
function (name, def = NULL, group = list(), valueClass = character(), where = topenv(parent.frame()), package = NULL, signature = NULL, useAsDefault = NULL, genericFunction = NULL, simpleInheritanceOnly = NULL) 
{
    if (is.character(.isSingleName(name))) 
        stop(gettextf("invalid argument 'name': %s", .isSingleName(name)), domain = NA)
    if (exists(name, "package:base") && inBasicFuns(name)) {
        name <- switch(name, as.double = "as.numeric", name)
        fdef <- getGeneric(name)
        compatibleSignature <- nargs() == 2L && !missing(signature) && identical(signature, fdef@signature)
        if (nargs() <= 1 || compatibleSignature) {
            .cacheGeneric(name, fdef)
            return(name)
        }
        if (!is.function(useAsDefault) && !isFALSE(useAsDefault)) {
            msg <- gettextf("%s dispatches internally;  methods can be defined, but the generic function is implicit, and cannot be changed.", sQuote(name))
            stop(msg, domain = NA)
        }
    }
    simpleCall <- {
        nargs() < 2 || all(missing(def), missing(group), missing(valueClass), missing(package), missing(signature), missing(useAsDefault), missing(genericFunction), missing(simpleInheritanceOnly))
    }
    stdGenericBody <- substitute(standardGeneric(NAME), list(NAME = name))
    fdef <- if (is.null(package)) 
        getFunction(name, mustFind = FALSE, where = where)
    else {
        ev <- .NamespaceOrPackage(package)
        if (simpleCall) 
            implicitGeneric(name, ev)
        else getFunction(name, mustFind = FALSE, where = ev)
    }
    if (simpleCall) {
        if (is(fdef, "genericFunction")) 
            return(.GenericAssign(name, fdef, where))
    }
    if (is.null(fdef)) {
        if (isNamespace(where)) 
            fdef <- .getFromStandardPackages(name)
        else fdef <- getFunction(name, mustFind = FALSE)
    }
    if (is.null(fdef) && is.function(useAsDefault)) 
        fdef <- useAsDefault
    doUncache <- FALSE
    if (is.object(fdef) && is(fdef, "genericFunction")) {
        doUncache <- TRUE
        oldDef <- fdef
        prevDefault <- finalDefaultMethod(fdef@default)
        if (is.null(package)) 
            package <- fdef@package
    }
    else if (is.function(fdef)) {
        prevDefault <- fdef
        if (is.primitive(fdef)) 
            package <- "base"
        if (is.null(package)) 
            package <- getPackageName(environment(fdef))
    }
    else prevDefault <- NULL
    if (is.primitive(fdef)) 
        fdef <- getGeneric(name, where = where)
    else if (is.function(fdef)) 
        body(fdef, envir = as.environment(where)) <- stdGenericBody
    if (!is.null(def)) {
        if (is.primitive(def) || !is.function(def)) 
            stop(gettextf("if the 'def' argument is supplied, it must be a function that calls standardGeneric(\"%s\") or is the default", name), domain = NA)
        nonstandardCase <- .NonstandardGenericTest(body(def), name, stdGenericBody)
        if (is.na(nonstandardCase)) {
            if (is.null(useAsDefault)) {
                useAsDefault <- def
            }
            body(def, envir = as.environment(where)) <- stdGenericBody
            nonstandardCase <- FALSE
        }
        fdef <- def
        if (is.null(genericFunction) && nonstandardCase) 
            genericFunction <- new("nonstandardGenericFunction")
    }
    thisPackage <- getPackageName(where)
    if (is.null(package) || !nzchar(package)) 
        package <- thisPackage
    if (is.null(fdef)) 
        stop(gettextf("must supply a function skeleton for %s, explicitly or via an existing function", sQuote(name)), domain = NA)
    ensureGeneric.fdef <- function(sig = signature) {
        if (!(is.object(fdef) && is(fdef, "genericFunction"))) {
            fdeflt <- if (is.function(useAsDefault)) 
                useAsDefault
            else if (isFALSE(useAsDefault)) 
                NULL
            else if (is.function(prevDefault) && !identical(formalArgs(prevDefault), formalArgs(fdef)) && !is.primitive(prevDefault)) 
                NULL
            else prevDefault
            if (is.function(fdeflt)) 
                fdeflt <- .derivedDefaultMethod(fdeflt)
            fdef <<- makeGeneric(name, fdef, fdeflt, group = group, valueClass = valueClass, package = package, signature = sig, genericFunction = genericFunction, simpleInheritanceOnly = simpleInheritanceOnly)
        }
    }
    if (identical(package, thisPackage)) {
        ensureGeneric.fdef()
    }
    else {
        implicit <- implicitGeneric(name, .NamespaceOrPackage(package))
        if (is.null(implicit)) {
            ensureGeneric.fdef()
        }
        else {
            ensureGeneric.fdef(if (is.null(signature) && is.null(def)) 
                implicit@signature
            else signature)
            cmp <- .identicalGeneric(fdef, implicit, allow.extra.dots = !nzchar(Sys.getenv("R_SETGENERIC_PICKY_DOTS")))
            if (isTRUE(cmp)) {
                fdef <- implicit
            }
            else if (is.function(implicit)) {
                thisPName <- if (identical(thisPackage, ".GlobalEnv")) 
                  "the global environment"
                else paste("package", sQuote(thisPackage))
                if (is.null(def) && is.null(signature)) {
                  message(gettextf("Creating a generic function for %s from %s in %s\n    (from the saved implicit definition)", sQuote(name), sQuote(package), thisPName), domain = NA)
                  fdef <- implicit
                }
                else {
                  message(gettextf("Creating a new generic function for %s in %s", sQuote(name), thisPName), domain = NA)
                  fdef@package <- packageSlot(fdef@generic) <- packageSlot(environment(fdef)$.Generic) <- thisPackage
                }
            }
            else {
                warning(gettextf("no generic version of %s on package %s is allowed;\n   a new generic will be assigned for %s", sQuote(name), sQuote(package), thisPName), domain = NA)
                fdef@package <- packageSlot(fdef@generic) <- packageSlot(environment(fdef)$.Generic) <- thisPackage
            }
        }
    }
    if (identical(fdef@signature, "...")) 
        fdef <- .dotsGeneric(fdef)
    if (doUncache) 
        .uncacheGeneric(name, oldDef)
    groups <- fdef@group
    for (group in groups) {
        gdef <- getGeneric(group)
        if (is(gdef, "groupGenericFunction") && is.na(match(fdef@generic, as.character(gdef@groupMembers)))) {
            gwhere <- .genEnv(group, where)
            gdef@groupMembers <- c(gdef@groupMembers, list(fdef@generic))
            assign(group, gdef, gwhere)
        }
    }
    .GenericAssign(name, fdef, where)
}
#@ closure exported setGenericImplicit
function (name, where = topenv(parent.frame()), restore = TRUE) 
{
    if (!isGeneric(name, where)) {
        warning(gettextf("%s is not currently a generic:  define it first to create a non-default implicit form", sQuote(name)), domain = NA)
        return(FALSE)
    }
    generic <- getGeneric(name, where = where)
    if (restore) 
        removeMethods(name, where, TRUE)
    else removeGeneric(name, where)
    .saveToImplicitGenerics(name, generic, where)
}
#@ closure exported setGroupGeneric
function (name, def = NULL, group = list(), valueClass = character(), knownMembers = list(), package = getPackageName(where), where = topenv(parent.frame())) 
{
    if (is.null(def)) {
        def <- getFunction(name, where = where)
        if (isGroup(name, fdef = def)) {
            if (nargs() == 1) {
                message(gettextf("Function %s is already a group generic; no change", sQuote(name)), domain = NA)
                return(name)
            }
        }
    }
    body(def, envir = environment(def)) <- substitute(stop(MSG, domain = NA), list(MSG = gettextf("Function %s is a group generic; do not call it directly", sQuote(name))))
    if (is.character(knownMembers)) 
        knownMembers <- as.list(knownMembers)
    setGeneric(name, def, group = group, valueClass = valueClass, package = package, useAsDefault = FALSE, genericFunction = new("groupGenericFunction", def, groupMembers = knownMembers), where = where)
    .MakeImplicitGroupMembers(name, knownMembers, where)
    name
}
#@ closure exported setIs
function (class1, class2, test = NULL, coerce = NULL, replace = NULL, by = character(), where = topenv(parent.frame()), classDef = getClass(class1, TRUE, where = where), extensionObject = NULL, doComplete = TRUE) 
{
    where <- as.environment(where)
    classDef2 <- getClassDef(class2, where)
    if (is.null(classDef2)) 
        stop(gettextf("class %s has no visible definition from package or environment %s", dQuote(class2), sQuote(getPackageName(where))), domain = NA)
    m1 <- classMetaName(class1)
    local1 <- exists(m1, where, inherits = FALSE) && !(classDef@sealed || bindingIsLocked(m1, where))
    if (!local1) {
        m2 <- classMetaName(class2)
        local2 <- exists(m2, where, inherits = FALSE) && !(classDef2@sealed || bindingIsLocked(m2, where))
        if (!local2) 
            stop(gettextf("cannot create a 'setIs' relation when neither of the classes (%s and %s) is local and modifiable in this package", dQuote(class1), dQuote(class2)), domain = NA)
    }
    if (classDef@sealed && !isClassUnion(classDef2)) 
        stop(gettextf("class %s is sealed; new superclasses can not be defined, except by 'setClassUnion'", dQuote(class1)), domain = NA)
    prevIs <- !identical(possibleExtends(class1, class2, classDef, classDef2), FALSE)
    obj <- if (is.null(extensionObject)) 
        makeExtends(class1, coerce, test, replace, by, classDef1 = classDef, classDef2 = classDef2, package = getPackageName(where))
    else extensionObject
    ok <- .validExtends(class1, class2, classDef, classDef2, obj@simple)
    if (!isTRUE(ok)) 
        stop(ok)
    where2 <- .findOrCopyClass(class2, classDef2, where, "subclass")
    classDef2@subclasses[[class1]] <- obj
    if (doComplete) 
        classDef2@subclasses <- completeSubclasses(classDef2, class1, obj, where)
    if (classDef2@virtual && is.na(match(class2, .specialVirtual))) {
        if (extends(classDef, "NULL")) 
            classDef2@prototype <- NULL
        else if (is.null(classDef2@prototype) && is.na(match("NULL", names(classDef2@subclasses)))) {
            classDef2@prototype <- if (classDef@virtual) 
                classDef@prototype
            else .Call(C_new_object, classDef)
        }
    }
    assignClassDef(class2, classDef2, where2, TRUE)
    .removePreviousCoerce(class1, class2, where, prevIs)
    where1 <- .findOrCopyClass(class1, classDef, where, "superClass")
    .newDirectSuperclass(classDef@contains, class2, names(classDef2@contains)) <- obj
    onlyRecacheSubclasses <- (is(classDef, "ClassUnionRepresentation") || is(classDef2, "ClassUnionRepresentation")) && !identical(packageSlot(classDef), packageSlot(classDef2))
    if (doComplete) {
        classDef@contains <- completeExtends(classDef, class2, obj, where = where)
        if (!onlyRecacheSubclasses) 
            .checkSubclasses(class1, classDef, class2, classDef2, where)
    }
    assignClassDef(class1, classDef, where1, TRUE, doSubclasses = onlyRecacheSubclasses)
    invisible(classDef)
}
#@ closure exported setLoadAction
function (action, aname = "", where = topenv(parent.frame())) 
{
    currentAnames <- .assignActionListNames(where)
    if (!nzchar(aname)) 
        aname <- paste0(".", length(currentAnames) + 1)
    .assignActions(list(action), aname, where)
    if (is.na(match(aname, currentAnames))) {
        actionListName <- .actionMetaName("")
        assign(actionListName, c(currentAnames, aname), envir = where)
    }
}
#@ closure exported setLoadActions
function (..., .where = topenv(parent.frame())) 
{
    actionListName <- .actionMetaName("")
    currentAnames <- .assignActionListNames(.where)
    actions <- list(...)
    anames <- allNames(actions)
    previous <- anames %in% currentAnames
    if (any(previous)) {
        .assignActions(actions[previous], anames[previous], .where)
        if (all(previous)) 
            return(list())
        anames <- anames[!previous]
        actions <- actions[!previous]
    }
    anon <- !nzchar(anames)
    if (any(anon)) {
        n <- length(currentAnames)
        deflts <- paste0(".", seq(from = n + 1, length.out = length(actions)))
        anames[anon] <- deflts[anon]
    }
    .assignActions(actions, anames, .where)
    assign(actionListName, c(currentAnames, anames), envir = .where)
}
#@ closure exported setMethod
function (f, signature = character(), definition, where = topenv(parent.frame()), valueClass = NULL, sealed = FALSE) 
{
    if (is.function(f) && is(f, "genericFunction")) {
        fdef <- f
        f <- fdef@generic
        gwhere <- .genEnv(f)
    }
    else if (is.function(f)) {
        if (is.primitive(f)) {
            f <- .primname(f)
            fdef <- genericForBasic(f)
            gwhere <- .genEnv(f)
        }
        else stop("a function for argument 'f' must be a generic function")
    }
    else {
        where <- as.environment(where)
        gwhere <- .genEnv(f, where)
        f <- switch(f, as.double = "as.numeric", f)
        fdef <- getGeneric(f, where = if (identical(gwhere, baseenv())) 
            where
        else gwhere)
    }
    if (.lockedForMethods(fdef, where)) 
        stop(gettextf("the environment %s is locked; cannot assign methods for function %s", sQuote(getPackageName(where)), sQuote(f)), domain = NA)
    hasMethods <- !is.null(fdef)
    deflt <- getFunction(f, generic = FALSE, mustFind = FALSE, where = where)
    if (identical(gwhere, baseenv())) {
        allWhere <- findFunction(f, where = where)
        generics <- logical(length(allWhere))
        if (length(allWhere)) {
            for (i in seq_along(allWhere)) {
                fi <- get(f, allWhere[[i]])
                geni <- is(fi, "genericFunction")
                generics[[i]] <- geni
                if (!geni && is.null(deflt)) 
                  deflt <- fi
            }
        }
        if (any(generics)) {
            gwhere <- as.environment(allWhere[generics][[1L]])
            if (.lockedForMethods(fdef, gwhere)) {
                if (identical(as.environment(where), gwhere)) 
                  stop(gettextf("the 'where' environment (%s) is a locked namespace; cannot assign methods there", getPackageName(where)), domain = NA)
                msg <- gettextf("Copying the generic function %s to environment %s, because the previous version was in a sealed namespace (%s)", sQuote(f), sQuote(getPackageName(where)), sQuote(getPackageName(gwhere)))
                message(strwrap(msg), domain = NA)
                assign(f, fdef, where)
                gwhere <- where
            }
        }
    }
    if (!hasMethods) 
        fdef <- deflt
    if (is.null(fdef)) 
        stop(gettextf("no existing definition for function %s", sQuote(f)), domain = NA)
    if (!hasMethods) {
        setGeneric(f, where = where)
        doMessage <- !isS3Generic(fdef)
        fdef <- getGeneric(f, where = where)
        if (doMessage) {
            thisPackage <- getPackageName(where)
            thisPName <- if (identical(thisPackage, ".GlobalEnv")) 
                "the global environment"
            else paste("package", sQuote(thisPackage))
            if (identical(as.character(fdef@package), thisPackage)) 
                message(gettextf("Creating a generic function from function %s in %s", sQuote(f), thisPName), domain = NA)
            else message(gettextf("Creating a generic function for %s from package %s in %s", sQuote(f), sQuote(fdef@package), thisPName), domain = NA)
        }
    }
    else if (identical(gwhere, NA)) {
        if (is.null(.BasicFunsList[[f]])) 
            stop(sprintf("apparent internal error: a generic function was found for \"%s\", but no corresponding object was found searching from \"%s\"", f, getPackageName(where)), domain = NA)
        if (!isGeneric(f)) 
            setGeneric(f)
    }
    if (isSealedMethod(f, signature, fdef, where = where)) 
        stop(gettextf("the method for function %s and signature %s is sealed and cannot be re-defined", sQuote(f), .signatureString(fdef, signature)), domain = NA)
    signature <- matchSignature(signature, fdef, where)
    createMethod <- FALSE
    switch(typeof(definition), closure = {
        fnames <- formalArgs(fdef)
        mnames <- formalArgs(definition)
        if (!identical(mnames, fnames)) {
            if (length(fnames) == length(mnames) && length(mnames) == 1L) {
                warning(gettextf("For function %s, signature %s: argument in method definition changed from (%s) to (%s)", sQuote(f), sQuote(signature), mnames, fnames), domain = NA, call. = FALSE)
                formals(definition) <- formals(fdef)
                ll <- list(as.name(formalArgs(fdef)))
                names(ll) <- mnames
                body(definition) <- substituteDirect(body(definition), ll)
                mnames <- fnames
            } else {
                fullSig <- conformMethod(signature, mnames, fnames, f, fdef, definition)
                if (!identical(fullSig, signature)) {
                  formals(definition, envir = environment(definition)) <- formals(fdef)
                  signature <- fullSig
                }
                definition <- rematchDefinition(definition, fdef, mnames, fnames, signature)
            }
        }
        definition <- matchDefaults(definition, fdef)
        createMethod <- TRUE
    }, builtin = , special = {
        if (!identical(definition, deflt)) stop("primitive functions cannot be methods; they must be enclosed in a regular function")
    }, `NULL` = {
    }, stop(gettextf("invalid method definition: expected a function, got an object of class %s", dQuote(class(definition))), domain = NA))
    fenv <- environment(fdef)
    nSig <- .getGenericSigLength(fdef, fenv, TRUE)
    signature <- .matchSigLength(signature, fdef, fenv, TRUE)
    margs <- (fdef@signature)[seq_along(signature)]
    if (createMethod) {
        definition <- asMethodDefinition(definition, signature, sealed, fdef)
        definition@generic <- fdef@generic
    }
    is.not.base <- !identical(where, baseenv())
    whereMethods <- if (is.not.base && !.noMlists()) 
        insertMethod(getMethodsMetaData(f, where), signature, margs, definition)
    mtable <- getMethodsForDispatch(fdef)
    if (cacheOnAssign(where)) {
        .cacheMethodInTable(fdef, signature, definition, mtable)
        .cacheMethodInTable(fdef, signature, definition)
        if (is.not.base) 
            .addToMetaTable(fdef, signature, definition, where, nSig)
        resetGeneric(f, fdef, mtable, gwhere, deflt)
    }
    assignMethodsMetaData(f, whereMethods, fdef, where)
    invisible(f)
}
#@ opaque internal setNames environment:other
#@ closure exported setOldClass
function (Classes, prototype = NULL, where = topenv(parent.frame()), test = FALSE, S4Class) 
{
    simpleCase <- is.null(prototype)
    mainClass <- Classes[[1L]]
    prevDef <- getClassDef(mainClass, where, inherits = FALSE)
    if (!missing(S4Class)) {
        if (test) 
            stop("not allowed to have test==TRUE and an S4Class definition")
        if (!is(S4Class, "classRepresentation")) {
            if (is.character(S4Class)) {
                clName <- S4Class
                S4Class <- getClass(S4Class)
                if (.identC(clName, Classes[[1L]])) 
                  removeClass(clName, where = where)
            }
            else stop(gettextf("argument 'S4Class' must be a class definition: got an object of class %s", dQuote(class(S4Class))), domain = NA)
        }
        if (!is.null(prototype)) {
            S4prototype <- S4Class@prototype
            S4Class@prototype <- .mergeAttrs(prototype, S4prototype)
        }
        Recall(Classes, where = where)
        return(.S4OldClass(Classes[[1L]], if (length(Classes) > 1) Classes[[2L]] else "oldClass", S4Class, where, prevDef))
    }
    if (test) 
        return(.setOldIs(Classes, where))
    if (!is.null(prevDef)) {
        on.exit(.restoreClass(prevDef, where))
        removeClass(mainClass, where = where)
    }
    prevClass <- "oldClass"
    S3Class <- character()
    if (is.null(S3table <- where$.S3MethodsClasses)) {
        S3table <- new.env()
        assign(".S3MethodsClasses", S3table, envir = where)
    }
    dataPartClass <- NULL
    for (cl in rev(Classes)) {
        S3Class <- c(cl, S3Class)
        if (isClass(cl, where)) {
            def <- getClass(cl, where)
            if (!extends(def, prevClass)) {
                cl1 <- .validDataPartClass(cl, where, dataPartClass)
                if (is.null(cl1)) 
                  stop(gettextf("inconsistent old-style class information for %s; the class is defined but does not extend %s and is not valid as the data part", dQuote(cl), dQuote(prevClass)), domain = NA)
                else dataPartClass <- cl1
            }
            else {
                prevP <- def@prototype
                if (missing(prototype)) 
                  prototype <- prevP
                prevS3Class <- attr(prevP, ".S3Class")
                if (length(prevS3Class) > length(S3Class)) 
                  S3Class <- prevS3Class
            }
        }
        else {
            useP <- TRUE
            if (cl != mainClass || simpleCase) {
                setClass(cl, contains = c(prevClass, "VIRTUAL"), where = where)
            }
            else if (isClass(class(prototype))) 
                setClass(cl, contains = prevClass, prototype = prototype, where = where)
            else {
                if (.class1(prototype) != mainClass) 
                  stop(gettextf("the S3 class of the prototype, \"%s\", is undefined; only allowed when this is the S3 class being registered (\"%s\")", .class1(prototype), mainClass), domain = NA)
                setClass(cl, contains = prevClass, where = where)
                useP <- FALSE
            }
            def <- getClassDef(cl, where)
            if (useP) 
                clp <- def@prototype
            else clp <- prototype
            attr(clp, ".S3Class") <- S3Class
            def@prototype <- .notS4(clp)
            assignClassDef(cl, def, where = where)
            assign(cl, def, envir = S3table)
        }
        prevClass <- cl
    }
    if (!is.null(prevDef)) 
        on.exit()
}
#@ closure exported setPackageName
function (pkg, env) 
assign(".packageName", pkg, envir = env)
#@ closure internal setPackageSlot
function (x, value) 
{
    packageSlot(x) <- value
    x
}
#@ closure exported setPrimitiveMethods
function (f, fdef, code, generic, mlist = get(".Methods", envir = environment(generic))) 
.Call(C_R_M_setPrimitiveMethods, f, fdef, code, generic, mlist)
#@ closure exported setRefClass
function (Class, fields = character(), contains = character(), methods = list(), where = topenv(parent.frame()), inheritPackage = FALSE, ...) 
{
    fields <- inferProperties(fields, "field")
    info <- refClassInformation(Class, contains, fields, methods, where)
    superClasses <- refSuperClasses <- fieldClasses <- fieldPrototypes <- refMethods <- NULL
    for (what in c("superClasses", "refSuperClasses", "fieldClasses", "fieldPrototypes", "refMethods")) assign(what, info[[what]])
    classFun <- setClass(Class, contains = superClasses, where = where, ...)
    classDef <- new("refClassRepresentation", getClassDef(Class, where = where), fieldClasses = fieldClasses, refMethods = as.environment(refMethods), fieldPrototypes = as.environment(fieldPrototypes), refSuperClasses = refSuperClasses)
    .setObjectParent(classDef@refMethods, if (inheritPackage) 
        refSuperClasses
    else NULL, where)
    assignClassDef(Class, classDef, where)
    generator <- new("refGeneratorSlot")
    env <- as.environment(generator)
    env$def <- classDef
    env$className <- Class
    .declareVariables(classDef, where)
    value <- new("refObjectGenerator", classFun, generator = generator)
    invisible(value)
}
#@ closure exported setReplaceMethod
function (f, ..., where = topenv(parent.frame())) 
setMethod(paste0(f, "<-"), ..., where = where)
#@ closure exported setValidity
function (Class, method, where = topenv(parent.frame())) 
{
    if (isClassDef(Class)) {
        ClassDef <- Class
        Class <- ClassDef@className
    }
    else {
        ClassDef <- getClassDef(Class, where)
    }
    method <- .makeValidityMethod(Class, method)
    if (is.null(method) || (is.function(method) && length(formalArgs(method)) == 1L)) 
        ClassDef@validity <- method
    else stop("validity method must be NULL or a function of one argument")
    assignClassDef(Class, ClassDef, where = where)
    resetClass(Class, ClassDef, where = where)
}
#@ opaque exported show environment:other
#@ closure exported showClass
function (Class, complete = TRUE, propertiesAreCalled = "Slots") 
{
    if (isClassDef(Class)) {
        ClassDef <- Class
        Class <- ClassDef@className
    }
    else if (complete) 
        ClassDef <- getClass(Class)
    else ClassDef <- getClassDef(Class)
    cat(if (isTRUE(ClassDef@virtual)) 
        "Virtual ", "Class ", .dQ(Class), if (nzchar(pkg <- ClassDef@package)) 
        c(" [", if (pkg != ".GlobalEnv") "package" else "in", " \"", pkg, "\"]"), "\n", sep = "")
    x <- ClassDef@slots
    if (length(x)) {
        printPropertiesList(x, propertiesAreCalled)
    }
    else cat("\nNo ", propertiesAreCalled, ", prototype of class \"", .class1(ClassDef@prototype), "\"\n", sep = "")
    ext <- ClassDef@contains
    if (length(ext)) {
        cat("\nExtends: ")
        showExtends(ext)
    }
    ext <- ClassDef@subclasses
    if (length(ext)) {
        cat("\nKnown Subclasses: ")
        showExtends(ext)
    }
}
#@ closure internal showClassMethod
function (object) 
{
    cl <- class(object)
    cat("Class method definition")
    if (!.identC(cl, "refMethodDef")) 
        cat(sprintf(" (class %s)", dQuote(cl)))
    cat(sprintf(" for method %s()\n", object@name))
    if (is(object, "externalRefMethod")) 
        show(object@actual)
    else show(as(object, "function"))
    if (length(object@mayCall)) 
        .printNames("\nMethods used: ", object@mayCall)
}
#@ closure exported showDefault
function (object, oldMethods = TRUE) 
{
    clDef <- getClass(cl <- class(object), .Force = TRUE)
    if (!missing(oldMethods)) 
        .Deprecated(msg = "the 'oldMethods' argument is deprecated, as it has been unused since R 1.7.0")
    if (!is.null(clDef) && isS4(object) && is.na(match(clDef@className, .BasicClasses))) {
        cat("An object of class ", classLabel(cl), "\n", sep = "")
        slots <- slotNames(clDef)
        dataSlot <- .dataSlot(slots)
        if (length(dataSlot) > 0) {
            show(slot(object, dataSlot))
            slots <- slots[is.na(match(slots, dataSlot))]
        }
        else if (length(slots) == 0L) 
            show(unclass(object))
        for (what in slots) {
            if (what == ".Data") 
                next
            cat("Slot ", deparse(what), ":\n", sep = "")
            print(slot(object, what))
            cat("\n")
        }
    }
    else print(object, useS4 = FALSE)
    invisible()
}
#@ closure exported showExtends
function (ext, printTo = stdout()) 
{
    what <- names(ext)
    how <- character(length(ext))
    for (i in seq_along(ext)) {
        eli <- el(ext, i)
        if (is(eli, "SClassExtension")) {
            how[i] <- if (length(eli@by)) 
                paste("by class", paste0("\"", eli@by, "\", distance ", eli@distance, collapse = ", "))
            else if (isTRUE(eli@dataPart)) 
                "from data part"
            else "directly"
            if (!eli@simple) {
                if (is.function(eli@test) && !isTRUE(body(eli@test))) {
                  how[i] <- paste0(how[i], if (is.function(eli@coerce)) 
                    ", with explicit test and coerce"
                  else ", with explicit test")
                }
                else if (is.function(eli@coerce)) 
                  how[i] <- paste0(how[i], ", with explicit coerce")
            }
        }
    }
    if (isFALSE(printTo)) 
        list(what = what, how = how)
    else if (all(!nzchar(how)) || all(how == "directly")) {
        what <- paste0("\"", what, "\"")
        if (length(what) > 1L) 
            what <- c(paste0(what[-length(what)], ","), what[[length(what)]])
        cat(file = printTo, what, fill = TRUE)
    }
    else cat(file = printTo, "\n", paste0("Class \"", what, "\", ", how, "\n"), sep = "")
}
#@ closure internal showExtraSlots
function (object, ignore) 
{
    if (is(ignore, "classRepresentation")) 
        ignore <- slotNames(ignore)
    else if (!is(ignore, "character")) 
        stop(gettextf("invalid 'ignore' argument; should be a class definition or a character vector, got an object of class %s", dQuote(class(ignore))), domain = NA)
    slots <- slotNames(class(object))
    for (s in slots[is.na(match(slots, ignore))]) {
        cat("Slot ", s, ":\n", sep = "")
        show(slot(object, s))
    }
    .extraSlotsDone
}
#@ closure exported showMethods
function (f = character(), where = topenv(parent.frame()), classes = NULL, includeDefs = FALSE, inherited = !includeDefs, showEmpty, printTo = stdout(), fdef = getGeneric(f, where = where)) 
{
    if (missing(showEmpty)) 
        showEmpty <- !missing(f)
    con <- if (isFALSE(printTo)) 
        textConnection(NULL, "w")
    else printTo
    if (is.function(f)) {
        fdef <- f
        if (missing(where)) 
            where <- environment(f)
        f <- deparse1(substitute(f))
    }
    if (!is(f, "character")) 
        stop(gettextf("first argument should be the names of one of more generic functions (got object of class %s)", dQuote(class(f))), domain = NA)
    if (length(f) == 0L) {
        f <- if (missing(where)) 
            getGenerics()
        else getGenerics(where)
    }
    if (length(f) == 0L) 
        cat(file = con, "no applicable functions\n")
    else if (length(f) > 1L) {
        for (ff in f) {
            ffdef <- getGeneric(ff, where = where)
            if (missing(where)) {
                if (isGeneric(ff)) 
                  Recall(ff, classes = classes, includeDefs = includeDefs, inherited = inherited, showEmpty = showEmpty, printTo = con, fdef = ffdef)
            }
            else if (isGeneric(ff, where)) {
                Recall(ff, where = where, classes = classes, includeDefs = includeDefs, inherited = inherited, showEmpty = showEmpty, printTo = con, fdef = ffdef)
            }
        }
    }
    else {
        out <- paste0("\nFunction \"", f, "\":\n")
        if (!is(fdef, "genericFunction")) 
            cat(file = con, out, "<not an S4 generic function>\n")
        else .showMethodsTable(fdef, includeDefs, inherited, classes = classes, showEmpty = showEmpty, printTo = con)
    }
    if (isFALSE(printTo)) {
        txtOut <- textConnectionValue(con)
        close(con)
        txtOut
    }
    else invisible(printTo)
}
#@ closure exported showMlist
function (mlist, includeDefs = TRUE, inherited = TRUE, classes = NULL, useArgNames = TRUE, printTo = stdout()) 
{
    .MlistDeprecated("showMlist()")
    if (isFALSE(printTo)) {
        tmp <- tempfile()
        con <- file(tmp, "w")
    }
    else con <- printTo
    object <- linearizeMlist(mlist, inherited)
    methods <- object@methods
    signatures <- object@classes
    args <- object@arguments
    if (!is.null(classes) && length(signatures) > 0) {
        keep <- !vapply(signatures, function(x, y) all(is.na(match(x, y))), NA, classes)
        methods <- methods[keep]
        signatures <- signatures[keep]
        args <- args[keep]
    }
    if (length(methods) == 0) 
        cat(file = con, "<Empty Methods List>\n")
    else {
        n <- length(methods)
        labels <- character(n)
        if (useArgNames) {
            for (i in 1L:n) {
                sigi <- signatures[[i]]
                labels[[i]] <- paste0(args[[i]], " = \"", sigi, "\"", collapse = ", ")
            }
        }
        else {
            for (i in 1L:n) labels[[i]] <- paste(signatures[[i]], collapse = ", ")
        }
        for (i in seq_along(methods)) {
            cat(file = con, (if (includeDefs) 
                "## Signature:"
            else ""), labels[[i]])
            method <- methods[[i]]
            if (includeDefs) {
                cat(file = con, ":\n")
                if (is(method, "MethodDefinition")) 
                  cat(file = con, deparse(method@.Data), sep = "\n")
                else cat(file = con, deparse(method), sep = "\n")
            }
            if (is(method, "MethodDefinition") && !identical(method@target, method@defined)) {
                defFrom <- method@defined
                cat(file = con, if (includeDefs) 
                  "##:"
                else "\n", "    (inherited from ", paste0(names(defFrom), " = \"", as.character(defFrom), "\"", collapse = ", "), ")", if (includeDefs) 
                  "\n", sep = "")
            }
            cat(file = con, "\n")
        }
    }
    if (isFALSE(printTo)) {
        close(con)
        value <- readLines(tmp)
        unlink(tmp)
        value
    }
}
#@ closure internal showRefClassDef
function (object, title = "Reference Class") 
{
    cat(title, " \"", object@className, "\":\n", sep = "")
    fields <- object@fieldClasses
    if (length(fields)) {
        printPropertiesList(fields, "Class fields")
        locked <- .getLockedFieldNames(object)
        if (length(locked)) 
            .printNames("Locked Fields", locked, FALSE)
    }
    else cat("\nNo fields defined\n")
    methods <- names(object@refMethods)
    if (length(methods)) 
        .printNames("\nClass Methods: ", methods)
    else cat("\nNo Class Methods\n")
    supers <- object@refSuperClasses
    if (length(supers)) 
        .printNames("Reference Superclasses: ", supers)
}
#@ closure exported signature
function (...) 
{
    value <- list(...)
    names <- names(value)
    for (i in seq_along(value)) {
        sigi <- value[[i]]
        if (!is.character(sigi) || length(sigi) != 1L) 
            stop(gettextf("bad class specified for element %d (should be a single character string)", i), domain = NA)
    }
    setNames(as.character(value), names)
}
#@ closure exported SignatureMethod
function (names, signature, definition) 
{
    .MlistDeprecated("SignatureMethod()")
    n <- length(signature)
    if (n > length(names)) 
        stop("arguments 'names' and 'signature' must have the same length")
    if (n == 0) 
        return(definition)
    Class <- signature[[n]]
    name <- names[[n]]
    m <- MethodsList(name)
    slot(m, "methods")[[Class]] <- definition
    slot(m, "argument") <- as.name(name)
    SignatureMethod(names[-n], signature[-n], m)
}
#@ closure exported sigToEnv
function (signature, generic) 
{
    genericSig <- generic@signature
    package <- packageSlot(signature)
    if (is.null(package)) 
        parent <- environment(generic)
    else parent <- .requirePackage(package)
    value <- new.env(parent = parent)
    classes <- as.character(signature)
    args <- names(signature)
    for (i in seq_along(args)) assign(args[[i]], classes[[i]], envir = value)
    if (length(args) < length(genericSig)) 
        for (other in genericSig[is.na(match(genericSig, args))]) assign(other, "ANY", envir = value)
    value
}
#@ closure exported slot
function (object, name) 
.Call(C_R_get_slot, object, name)
#@ closure exported slot<-
function (object, name, check = TRUE, value) 
{
    if (check) 
        value <- checkSlotAssignment(object, name, value)
    .Call(C_R_set_slot, object, name, value)
}
#@ closure exported slotNames
function (x) 
if (is(x, "classRepresentation")) names(x@slots) else .slotNames(x)
#@ opaque exported slotsFromS3 environment:other
#@ closure exported substituteDirect
function (object, frame = parent.frame(), cleanFunction = TRUE) 
{
    value <- .Call(C_do_substitute_direct, object, frame)
    if (cleanFunction && is.function(value)) {
        environment(value) <- .GlobalEnv
    }
    value
}
#@ closure exported substituteFunctionArgs
function (def, newArgs, args = formalArgs(def), silent = FALSE, functionName = "a function") 
{
    if (!identical(args, newArgs)) {
        if (!missing(functionName)) 
            functionName <- paste("for", functionName)
        n <- length(args)
        if (n != length(newArgs)) 
            stop(sprintf("trying to change the argument list of %s with %d arguments to have arguments (%s)", functionName, n, paste(newArgs, collapse = ", ")), domain = NA)
        bdy <- body(def)
        checkFor <- newArgs[is.na(match(newArgs, args))]
        locals <- all.vars(bdy)
        if (length(checkFor) && any(!is.na(match(checkFor, locals)))) 
            stop(sprintf("get rid of variables in definition %s (%s); they conflict with the needed change to argument names (%s)", functionName, paste(checkFor[!is.na(match(checkFor, locals))], collapse = ", "), paste(newArgs, collapse = ", ")), domain = NA)
        ll <- vector("list", 2L * n)
        for (i in seq_len(n)) {
            ll[[i]] <- as.name(args[[i]])
            ll[[n + i]] <- as.name(newArgs[[i]])
        }
        names(ll) <- c(args, newArgs)
        body(def, envir = environment(def)) <- substituteDirect(bdy, ll)
        if (!silent) {
            msg <- sprintf("NOTE: arguments in definition %s changed from (%s) to (%s)", functionName, paste(args, collapse = ", "), paste(newArgs, collapse = ", "))
            message(msg, domain = NA)
        }
    }
    def
}
#@ opaque exported Summary environment:other
#@ closure exported superClassDepth
function (ClassDef, soFar = ClassDef@className, simpleOnly = TRUE) 
{
    ext <- ClassDef@contains
    ok <- rep.int(TRUE, length(ext))
    for (i in seq_along(ext)) {
        exti <- ext[[i]]
        if (.isIndirectExtension(exti) || (simpleOnly && !exti@simple)) 
            ok[i] <- FALSE
    }
    ext <- ext[ok]
    immediate <- names(ext)
    notSoFar <- is.na(match(immediate, soFar))
    immediate <- immediate[notSoFar]
    super <- list(label = immediate, depth = rep.int(1, length(immediate)), ext = ext)
    for (i in seq_along(immediate)) {
        what <- immediate[[i]]
        if (!is.na(match(what, soFar))) 
            next
        exti <- ext[[i]]
        soFar <- c(soFar, what)
        if (!is(exti, "SClassExtension")) 
            stop(gettextf("in definition of class %s, information for superclass %s is of class %s (expected \"SClassExtension\")", dQuote(ClassDef@className), dQuote(what), dQuote(class(exti))), domain = NA)
        superClass <- getClassDef(exti@superClass, package = exti@package)
        if (is.null(superClass)) {
            warning(gettextf("class %s extends an undefined class, %s", dQuote(ClassDef@className), dQuote(what)), domain = NA)
            next
        }
        more <- Recall(superClass, soFar)
        whatMore <- more$label
        if (!all(is.na(match(whatMore, soFar)))) {
            ok <- is.na(match(whatMore, soFar))
            more$depth <- more$depth[ok]
            more$label <- more$label[ok]
            more$ext <- more$ext[ok]
            whatMore <- whatMore[ok]
        }
        if (length(whatMore)) {
            soFar <- c(soFar, whatMore)
            super$depth <- c(super$depth, 1 + more$depth)
            super$label <- c(super$label, more$label)
            super$ext <- c(super$ext, more$ext)
        }
    }
    super
}
#@ closure internal superClassMethodName
function (def) 
paste(def@name, def@refClassName, sep = "#")
#@ closure internal tableNames
function (generic, where, table) 
{
    fdef <- getGeneric(generic)
    if (missing(table)) 
        table <- if (missing(where)) 
            .getMethodsTable(fdef)
        else get(.TableMetaName(fdef@generic, fdef@package), envir = as.environment(where), inherits = FALSE)
    names(table)
}
#@ closure exported testInheritedMethods
function (f, signatures, test = TRUE, virtual = FALSE, groupMethods = TRUE, where = .GlobalEnv) 
{
    .relevantClasses <- function(classes, excludeVirtual, where, doinheritance) {
        classDefs <- lapply(classes, getClassDef, where)
        undefs <- vapply(classDefs, is.null, NA)
        if (any(undefs)) {
            .undefClasses <<- unique(c(.undefClasses, classes[undefs]))
            classes <- classes[!undefs]
            classDefs <- classDefs[!undefs]
        }
        if (doinheritance) {
            allSubs <- lapply(classDefs, function(what) names(what@subclasses))
            allSubs <- unique(unlist(allSubs))
            pattern <- sapply(allSubs, .matchSubsPattern, classes, excludeVirtual)
            if (excludeVirtual) {
                excl <- nzchar(pattern)
                pattern <- pattern[excl]
                allSubs <- allSubs[excl]
            }
            if (length(allSubs) > 0) 
                allSubs <- sapply(split(allSubs, pattern), `[[`, 1)
            else allSubs <- character()
        }
        else allSubs <- character()
        iAny <- match("ANY", classes, 0L)
        if (iAny > 0L) {
            classes[[iAny]] <- ".Other"
            classDefs[[iAny]] <- getClassDef(".Other")
        }
        if (excludeVirtual) 
            classes <- classes[vapply(classDefs, function(def) isFALSE(def@virtual), NA)]
        unique(c(classes, allSubs))
    }
    if (!is(f, "genericFunction")) 
        f <- getGeneric(f)
    fname <- f@generic
    if (missing(signatures)) {
        mdefs <- findMethods(f)
        mnames <- names(mdefs)
        sigs <- findMethodSignatures(methods = mdefs)
        if (groupMethods) {
            groups <- getGroup(f, recursive = TRUE)
            for (group in groups) {
                fg <- getGeneric(group)
                mg <- findMethods(fg)
                sigsg <- findMethodSignatures(methods = mg)
                newSigs <- is.na(match(names(mg), mnames))
                sigs <- rbind(sigs, sigsg[newSigs, ])
                mnames <- c(mnames, names(mg)[newSigs])
            }
        }
        if (length(sigs) == 0) 
            return(new("MethodSelectionReport", generic = fname))
        ok <- if (fname %in% c("coerce", "coerce<-")) 
            match(colnames(sigs), "from", 0L) > 0L
        else rep.int(TRUE, ncol(sigs))
        for (j in seq_len(ncol(sigs))) {
            classesj <- unique(sigs[, j])
            .undefClasses <- character()
            subclasses <- .relevantClasses(classesj, !virtual, where, ok[[j]])
            nj <- length(subclasses)
            if (j > 1) {
                subclasses <- rep(subclasses, rep.int(ncomb, nj))
                ncomb <- ncomb * nj
                sigLabels <- paste(rep(sigLabels, times = nj), subclasses, sep = "#")
            }
            else {
                sigLabels <- subclasses
                ncomb <- nj
            }
            if (length(.undefClasses)) {
                warning(gettextf("undefined classes (%s) will be ignored for argument '%s'", paste0("\"", unique(.undefClasses), "\"", collapse = ", "), colnames(sigs)[[j]]), domain = NA)
                .undefClasses <- character()
            }
        }
        signatures <- strsplit(sigLabels, "#", fixed = TRUE)
    }
    else if (is(signatures, "matrix") && typeof(signatures) == "character" && ncol(signatures) <= length(f@signature)) {
        siglist <- vector("list", nrow(signatures))
        for (i in seq_len(nrow(signatures))) siglist[[i]] <- signatures[i, ]
        signatures <- siglist
    }
    else stop("argument 'signatures' must be a character matrix whose rows are method signatures")
    ambig_target <- character()
    ambig_candidates <- list()
    ambig_selected <- character()
    ambig_note <- character()
    if (test) {
        warninghandler <- function(cond) {
            ambig_target <<- c(ambig_target, attr(cond, "target"))
            ambig_candidates <<- c(ambig_candidates, list(attr(cond, "candidates")))
            ambig_selected <<- c(ambig_selected, attr(cond, "selected"))
            ambig_note <<- c(ambig_note, attr(cond, "notes"))
        }
        ambigOpt <- options(ambiguousMethodSelection = warninghandler)
        on.exit(options(ambigOpt))
        doSelect <- function(sig) {
            x <- selectMethod(f = f, sig, optional = TRUE)
            if (is(x, "MethodDefinition")) {
                nsig <- x@defined
                if (length(nsig) < length(sig)) 
                  c(nsig, rep("ANY", length(sig) - length(nsig)))
                else nsig
            }
            else if (is.null(x)) 
                rep_len("<NONE>", length(sig))
            else rep_len("ANY", length(sig))
        }
        signatures <- lapply(signatures, doSelect)
    }
    signatures <- sapply(signatures, paste0, collapse = "#")
    names(signatures) <- sigLabels
    new("MethodSelectionReport", generic = fname, allSelections = signatures, target = ambig_target, selected = ambig_selected, candidates = ambig_candidates, note = ambig_note)
}
#@ closure exported testVirtual
function (properties, extends, prototype, where) 
{
    if (length(extends)) {
        en <- names(extends)
        if (!is.na(match("VIRTUAL", en))) 
            return(TRUE)
        for (what in en) {
            enDef <- getClassDef(what, package = packageSlot(extends[[what]]))
            if (!is.null(enDef) && isFALSE(enDef@virtual)) 
                return(FALSE)
        }
    }
    (length(properties) == 0L && is.null(prototype))
}
#@ closure exported tryNew
function (Class, where) 
{
    ClassDef <- getClassDef(Class, where)
    if (is.null(ClassDef)) 
        return(NULL)
    else if (isTRUE(ClassDef@virtual)) 
        ClassDef@prototype
    else tryCatch(new(ClassDef), error = function(e) {
        value <- ClassDef@prototype
        class(value) <- ClassDef@className
        value
    })
}
#@ closure exported unRematchDefinition
function (definition) 
{
    if (isRematched(definition)) 
        definition <- body(definition)[[2]][[3]]
    definition
}
#@ closure internal useMTable
function (onOff = NA) 
.Call(C_R_set_method_dispatch, as.logical(onOff))
#@ closure exported validObject
function (object, test = FALSE, complete = FALSE) 
{
    Class <- class(object)
    classDef <- getClassDef(Class)
    where <- .classEnv(classDef)
    anyStrings <- function(x) if (isTRUE(x)) 
        character()
    else x
    errors <- character()
    slotTypes <- classDef@slots
    slotNames <- names(slotTypes)
    attrNames <- c(".Data", ".S3Class", names(attributes(object)))
    if (anyNA(idx <- match(slotNames, attrNames))) {
        badSlots <- is.na(idx)
        errors <- c(errors, paste("slots in class definition but not in object:", paste0("\"", slotNames[badSlots], "\"", collapse = ", ")))
        slotTypes <- slotTypes[!badSlots]
        slotNames <- slotNames[!badSlots]
    }
    for (i in seq_along(slotTypes)) {
        classi <- slotTypes[[i]]
        classDefi <- getClassDef(classi, where = where)
        if (is.null(classDefi)) {
            errors <- c(errors, paste0("undefined class for slot \"", slotNames[[i]], "\" (\"", classi, "\")"))
            next
        }
        namei <- slotNames[[i]]
        sloti <- try(switch(namei, .S3Class = S3Class(object), slot(object, namei)), silent = TRUE)
        if (inherits(sloti, "try-error")) {
            errors <- c(errors, sloti)
            next
        }
        ok <- possibleExtends(class(sloti), classi, ClassDef2 = classDefi)
        if (isFALSE(ok)) {
            errors <- c(errors, paste0("invalid object for slot \"", slotNames[[i]], "\" in class \"", Class, "\": got class \"", class(sloti)[[1L]], "\", should be or extend class \"", classi, "\""))
            next
        }
        if (!complete) 
            next
        errori <- anyStrings(Recall(sloti, TRUE, TRUE))
        if (length(errori)) {
            errori <- paste0("In slot \"", slotNames[[i]], "\" of class \"", class(sloti), "\": ", errori)
            errors <- c(errors, errori)
        }
    }
    extends <- rev(classDef@contains)
    for (i in seq_along(extends)) {
        exti <- extends[[i]]
        superClass <- exti@superClass
        if (!exti@simple && !is(object, superClass)) 
            next
        superDef <- getClassDef(superClass)
        if (is.null(superDef)) {
            errors <- c(errors, paste0("superclass \"", superClass, "\" not defined in the environment of the object's class"))
            break
        }
        validityMethod <- superDef@validity
        if (is.function(validityMethod)) {
            errors <- c(errors, anyStrings(validityMethod(as(object, superClass))))
            if (length(errors)) 
                break
        }
    }
    validityMethod <- classDef@validity
    if (length(errors) == 0L && is.function(validityMethod)) {
        errors <- c(errors, anyStrings(validityMethod(object)))
    }
    if (length(errors)) {
        if (test) 
            errors
        else {
            msg <- gettextf("invalid class %s object", dQuote(Class))
            if (length(errors) > 1L) 
                stop(paste(paste0(msg, ":"), paste(seq_along(errors), errors, sep = ": "), collapse = "\n"), domain = NA)
            else stop(msg, ": ", errors, domain = NA)
        }
    }
    else TRUE
}
#@ closure exported validSlotNames
function (names) 
{
    if (is.na(match("class", names))) 
        names
    else stop("\"class\" is a reserved slot name and cannot be redefined")
}
