// Registration of the module loader's binding (internalBinding('module_fs')).
#pragma once

namespace minode::modules {
/// Registers internalBinding('module_fs').
void register_modules_bindings();
}  // namespace minode::modules
