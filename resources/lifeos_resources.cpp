// lifeos_resources carries only compiled-in resources (see CMakeLists.txt); a static library
// needs at least one source file of its own.
