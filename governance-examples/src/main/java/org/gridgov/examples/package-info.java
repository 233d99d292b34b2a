/**
 * The seed cities as shipped examples: 吉林市 (Jilin) and 江源区 (Jiangyuan), each a city profile over its
 * real administrative divisions. Later issues add their rule packs and scenarios.
 */
package org.gridgov.examples;
