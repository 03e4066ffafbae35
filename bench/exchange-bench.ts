/** Exchange-file figures for `npm run bench` (export and import against bare JSON). */
export { benchExchange } from '../src/core/exchange/exchange.bench';
