/**
 * The seed cities as shipped examples: 吉林市 (Jilin) and 江源区 (Jiangyuan), each a city profile over its real
 * administrative divisions with its rule pack, loaded from the classpath ({@link org.gridgov.examples.ExampleCities}).
 * The command line, the server's tests and the benchmarks all take their cities from here.
 */
package org.gridgov.examples;
