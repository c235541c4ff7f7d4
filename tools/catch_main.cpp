// The one translation unit that instantiates Catch2's main(). Every layer's
// *_test.cpp files are linked into the single `unit_tests` binary.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
