// Answers a batch of H3 queries with h3-js, the reference implementation, for Protocol.Services.H3.Tests.
// stdin:  a JSON array of queries, each [operation, ...arguments] (cells as hex strings, angles in degrees).
// stdout: a JSON array with one answer per query: {"v": value} or, where h3-js throws, {"e": code, "m": message}.
import { readFileSync } from 'node:fs';
import * as h3 from 'h3-js';

const operations = {
    latLngToCell: (lat, lng, res) => h3.latLngToCell(lat, lng, res),
    cellToLatLng: (cell) => h3.cellToLatLng(cell),
    cellToParent: (cell, res) => h3.cellToParent(cell, res),
    gridDisk: (cell, k) => h3.gridDisk(cell, k),
    gridDistance: (a, b) => h3.gridDistance(a, b),
    greatCircleDistanceKm: (a, b) => h3.greatCircleDistance(a, b, h3.UNITS.km),
    cellDistanceKm: (a, b) => h3.greatCircleDistance(h3.cellToLatLng(a), h3.cellToLatLng(b), h3.UNITS.km),
    isValidCell: (cell) => h3.isValidCell(cell),
    isPentagon: (cell) => h3.isPentagon(cell),
    getResolution: (cell) => h3.getResolution(cell),
    getRes0Cells: () => h3.getRes0Cells(),
    getPentagons: (res) => h3.getPentagons(res),
};

const queries = JSON.parse(readFileSync(0, 'utf8'));
const answers = queries.map(([operation, ...args]) => {
    const run = operations[operation];
    if (!run) return { e: -1, m: `unknown operation ${operation}` };
    try {
        return { v: run(...args) };
    } catch (err) {
        return { e: err.code ?? -1, m: String(err.message) };
    }
});
process.stdout.write(JSON.stringify(answers));
