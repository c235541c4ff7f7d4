// Small argument checks the bootstrap needs before the full validators
// (internal/validators) are loaded; both throw Node's ERR_INVALID_ARG_TYPE.
function string(value, name) {
  if (typeof value !== 'string') {
    var errors = require('internal/errors');
    throw new errors.codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}
module.exports = { string: string };
