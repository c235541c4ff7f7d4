// Every layer's binding registration, in one place (see layers.cpp).
#pragma once

namespace minode::cli {
/// Registers the internalBinding() objects of every layer linked into minode.
void register_all_bindings();
}  // namespace minode::cli
