// The os layer's binding: internalBinding('os').
#pragma once

namespace minode::os {

/// Registers internalBinding('os') (machine facts for src/support/js/os.js).
void register_os_bindings();

}  // namespace minode::os
