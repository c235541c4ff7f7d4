// Registration of the engine layer's binding (internalBinding('engine')).
#pragma once

namespace minode::engine {
/// Registers internalBinding('engine') (compileFunction, compileBuiltin, setHooks, ...).
void register_engine_bindings();
}  // namespace minode::engine
